package dev.triggerstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Reading a large batch file costs memory in proportion to what it holds, not a position for each
 * of its values nor a tree of them (issue 20: ~75 MB and ~40 MB of a 100 000-record batch, built
 * before its records and kept in the old generation with them). Measured as a ratio of the bytes the thread
 * allocates to those of Jackson reading the same text into plain maps, in the same run; no clock.
 */
class BatchReadingMemoryTest {
    private static final Project CRM = ProjectLoader.load(Path.of("samples/crm"));

    @Test
    void aLargeBatchIsReadWithoutAPositionForEachValue() {
        String text = contacts(20_000);
        allocated(() -> BatchValidator.readAndValidate(CRM, "big.json", text)); // warm-up: classes, caches
        allocated(() -> plainMaps(text));
        long plain = Math.min(allocated(() -> plainMaps(text)), allocated(() -> plainMaps(text)));
        long ours = Math.min(allocated(() -> BatchValidator.readAndValidate(CRM, "big.json", text)),
                allocated(() -> BatchValidator.readAndValidate(CRM, "big.json", text)));
        // bound straight from the text plus one pass for floats too large for a double: 1.7x plain
        // maps; through the tree 2.5x; with a pointer and a position kept for every value 8x
        assertThat((double) ours / plain).as("bytes allocated: ours %d, plain maps %d", ours, plain).isLessThan(2.2);
    }

    @Test
    void anErrorInALargeBatchStillNamesItsLineAndColumn() {
        String text = contacts(3_000).replace("\"email\":\"person2999@example.com\"", "\"colour\":\"red\"");
        assertThatThrownBy(() -> BatchValidator.readAndValidate(CRM, "big.json", text))
                .isInstanceOfSatisfying(ProjectException.class, e -> {
                    Diagnostic d = e.diagnostics().getFirst();
                    assertThat(d.line()).isEqualTo(3_002);
                    assertThat(d.column()).isEqualTo(60);
                    assertThat(d.message()).startsWith("unknown field \"colour\" on contact");
                });
    }

    @Test
    void aBatchBoundWithoutItsTreeHoldsWhatTheTreeGives() {
        String text = """
                {"user": "alice", "operations": [
                  {"op": "create", "object": "contact", "records": [
                    {"ref": "a", "first_name": "Ann", "last_name": "Lee", "email": null},
                    {"last_name": "Kim", "phone": "+14155550100", "account": {"id": "x", "name": "Acme"}}]},
                  {"op": "update", "object": "account", "records": [{"id": "$a", "name": "N", "annual_revenue": 12},
                    {"id": "b", "annual_revenue": 1.5e3}, {"id": "c", "annual_revenue": 12345678901234567890123}]},
                  {"op": "list", "object": "contact", "where": {"match": "all", "conditions": [
                    {"field": "last_name", "predicate": "equals", "value": "Lee"}]}},
                  {"op": "delete", "object": "contact", "ids": ["$a"]}]}
                """;
        Batch viaTree = LocatedJson.parse("b.json", text).bind(Batch.class);
        assertThat(LocatedJson.bindDirectly(text, Batch.class)).isEqualTo(viaTree); // the same values, of the same types
        assertThat(BatchValidator.readAndValidate(CRM, "b.json", text)).isEqualTo(viaTree);
    }

    @Test
    void whatOnlyTheTreeRefusesOrKeepsComesOutAsBefore() {
        for (String text : List.of("{\"user\": \"alice\", \"user\": \"bob\", \"operations\": []}",
                "{\"operations\": [{\"op\": \"create\", \"object\": \"contact\", \"records\": [{\"last_name\": 1e400}]}]}",
                "{\"operations\": []} {}", "[]", "", "{\"operations\": [null]}",
                "{\"operations\": [{\"op\": \"create\", \"object\": \"contact\", \"records\": [{\"colour\": 1}]}]}")) {
            assertThat(outcome(() -> BatchValidator.readAndValidate(CRM, "b.json", text))).as(text).isEqualTo(treeOutcome(text));
        }
        assertThat(outcome(() -> BatchValidator.readAndValidate(CRM, "b.json", "{\"operations\": [{\"op\": \"create\","
                + " \"object\": \"contact\", \"records\": [{\"last_name\": 1e400}]}]}")).toString()).contains("1E+400");
    }

    /** The batch, or the problems reading it. */
    private static Object outcome(Supplier<Object> read) {
        try {
            return read.get();
        } catch (ProjectException e) {
            return e.diagnostics();
        }
    }

    /** What reading the text the tree's way gives. */
    private static Object treeOutcome(String text) {
        return outcome(() -> {
            LocatedJson json = LocatedJson.parse("b.json", text);
            Diagnostic shape = JsonFiles.shapeProblem(json, BatchValidator.BATCH_SHAPE);
            if (shape != null) {
                return List.of(shape);
            }
            Batch batch = json.bind(Batch.class);
            List<Diagnostic> errors = new BatchValidator(CRM, json, "").validate(batch);
            return errors.isEmpty() ? batch : errors;
        });
    }

    /** One record a line, as a person or a tool would write it; record i is on line i + 3. */
    private static String contacts(int n) {
        StringBuilder sb = new StringBuilder("{\"user\": \"alice\",\n\"operations\": [{\"op\": \"create\", \"object\": \"contact\", \"records\": [\n");
        for (int i = 0; i < n; i++) {
            sb.append("{\"first_name\":\"First").append(i).append("\",\"last_name\":\"Bench").append(i)
                    .append("\",\"email\":\"person").append(i).append("@example.com\",\"phone\":\"+1415555")
                    .append(String.format("%04d", i % 10_000)).append("\"}").append(i + 1 < n ? ",\n" : "\n");
        }
        return sb.append("]}]}\n").toString();
    }

    private static Object plainMaps(String text) {
        try {
            return Json.MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long allocated(Supplier<Object> work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        List<Object> keep = new ArrayList<>(List.of(work.get()));
        long after = threads.getCurrentThreadAllocatedBytes();
        keep.clear();
        return after - before;
    }
}
