package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The host shortens the records among a Python line's locals as the prelude's local_value shortens
 * every other local (docs/debugging.md): visibly, counting characters as Python does.
 */
class PyLocalsTest {

    @Test
    void aLongStringKeeps200CharactersCountedAsPythonDoesAndEndsInAnEllipsis() {
        String emoji = "😀".repeat(300); // two Java chars each: a cut by Java chars would keep 100
        Map<String, Object> locals = PyLocals.of("{}", "{\"r\": {\"note\": \"" + emoji + "\", \"n\": 1}}");

        String note = (String) map(locals.get("r")).get("note");
        assertThat(note).endsWith("…");
        assertThat(note.codePointCount(0, note.length())).isEqualTo(201);
        assertThat(note).startsWith("😀".repeat(200));
    }

    @Test
    void mapsAndListsKeep50EntriesAndSayHowManyMoreAndDeepNestingReadsEllipsis() {
        StringBuilder fields = new StringBuilder("{\"r\": {");
        for (int i = 0; i < 60; i++) {
            fields.append(i == 0 ? "" : ", ").append("\"f").append(i).append("\": ").append(i);
        }
        fields.append("}, \"s\": {\"items\": [");
        for (int i = 0; i < 60; i++) {
            fields.append(i == 0 ? "" : ", ").append(i);
        }
        fields.append("], \"deep\": {\"b\": {\"c\": {\"d\": {\"e\": 1}}}, \"x\": [[[[1]]]]}}}");

        Map<String, Object> locals = PyLocals.of("{}", fields.toString());

        Map<String, Object> r = map(locals.get("r"));
        assertThat(r).hasSize(51).containsEntry("f49", 49L).containsEntry("…", "10 more").doesNotContainKey("f50");
        Map<String, Object> s = map(locals.get("s"));
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) s.get("items");
        assertThat(items).hasSize(51).startsWith(0L, 1L).endsWith(49L, "… 10 more");
        // s is level 0 as the record itself: a map or list at level 4 reads "…"
        assertThat(s.get("deep")).isEqualTo(Map.of("b", Map.of("c", Map.of("d", "…")), "x", List.of(List.of("…"))));
    }

    @Test
    void valuesTheTracerShortenedAlreadyStayAsTheyAre() {
        StringBuilder wide = new StringBuilder("{\"wide\": {");
        for (int i = 0; i < 50; i++) {
            wide.append("\"k").append(i).append("\": ").append(i).append(", ");
        }
        wide.append("\"…\": \"20 more\"}, \"text\": \"").append("x".repeat(200)).append("…\", \"nan\": NaN}");

        Map<String, Object> locals = PyLocals.of(wide.toString(), "{}");

        assertThat(map(locals.get("wide"))).hasSize(51).contains(entry("…", "20 more"));
        assertThat(locals.get("text")).isEqualTo("x".repeat(200) + "…");
        assertThat((Double) locals.get("nan")).isNaN();
        assertThat(locals.keySet()).containsExactly("nan", "text", "wide"); // sorted, as the recording writes them
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
