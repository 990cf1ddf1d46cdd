package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code src/test/resources/stanza/golden/*.stanza}. Annotations in comments:
 * {@code // trigger: <timing> <events...>} (default: before update), {@code // fuel: N},
 * {@code // record: {json}} and {@code // old: {json}} merged into the fixture invoice,
 * {@code // expect error: L:C: message} and {@code // expect warning: L:C: message} for what
 * {@code check} reports, and {@code // expect: line} for each line the run prints (logs, writes, and
 * a last {@code rejected at line N: ...} or {@code failed at line N: ...}). A script expecting errors
 * is not run.
 */
class GoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyGoldenScriptBehavesAsAnnotated() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenTest.class.getResource("/stanza/golden").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(p -> p.toString().endsWith(".stanza")).sorted().toList();
        }
        assertThat(scripts).as("golden scripts").hasSizeGreaterThan(10);
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private void run(Path file) throws IOException {
        String text = Files.readString(file);
        Golden golden = Golden.read(text);
        ScriptSource source = new ScriptSource("triggers/" + file.getFileName(), text, golden.trigger);
        StanzaRuntime runtime = new StanzaRuntime();
        List<String> diagnostics = runtime.check(source, new CheckContext(Fixture.project())).stream()
                .map(d -> d.severity().name().toLowerCase() + ": " + d.line() + ":" + d.column() + ": " + d.message())
                .toList();
        assertThat(diagnostics).as("diagnostics of " + file.getFileName()).containsExactlyElementsOf(golden.diagnostics);
        if (golden.diagnostics.stream().anyMatch(d -> d.startsWith("error"))) {
            assertThat(golden.output).as("a script with errors does not run").isEmpty();
            return;
        }
        assertThat(execute(runtime, source, golden)).as("output of " + file.getFileName())
                .containsExactlyElementsOf(golden.output);
    }

    private List<String> execute(StanzaRuntime runtime, ScriptSource source, Golden golden) {
        MemoryHost host = Fixture.host();
        RecordPair pair = new RecordPair("inv-1", golden.record, golden.old);
        try (CompiledScript compiled = runtime.compile(source)) {
            compiled.run(Fixture.invocation(golden.trigger, golden.fuel, pair), host);
        } catch (ScriptException e) {
            String kind = e.kind() == ScriptException.Kind.REJECTED ? "rejected" : "failed";
            host.output().add(kind + " at line " + e.line() + ": " + withoutPosition(e, source.path()));
        }
        return host.output();
    }

    /** A failure says where, as a compile error does ({@code path:line:col: }); the golden files hold the words after it. */
    private static String withoutPosition(ScriptException e, String path) {
        if (e.kind() == ScriptException.Kind.REJECTED) {
            return e.getMessage();
        }
        String position = path + ":" + e.line() + ":" + e.column() + ": ";
        assertThat(e.getMessage()).as("a run-time failure starts with its position").startsWith(position);
        return e.getMessage().substring(position.length());
    }

    /** The annotations of one golden script. */
    private static final class Golden {
        TriggerDef trigger = Fixture.trigger(Timing.BEFORE, Event.UPDATE);
        long fuel = 10_000;
        Map<String, Object> record = Fixture.invoice();
        Map<String, Object> old = old();
        final List<String> diagnostics = new ArrayList<>();
        final List<String> output = new ArrayList<>();

        static Golden read(String text) throws IOException {
            Golden golden = new Golden();
            int lineNo = 0;
            for (String line : text.split("\n", -1)) {
                lineNo++;
                int at = line.indexOf("// ");
                if (at >= 0) {
                    golden.annotation(line.substring(at + 3).strip());
                }
            }
            if (golden.trigger.events().stream().allMatch(e -> e == Event.CREATE)) {
                golden.old = null;
            }
            return golden;
        }

        private void annotation(String a) throws IOException {
            if (a.startsWith("trigger:")) {
                String[] words = a.substring(8).strip().split("\\s+");
                List<Event> events = new ArrayList<>();
                for (int i = 1; i < words.length; i++) {
                    events.add(Event.valueOf(words[i].toUpperCase()));
                }
                trigger = Fixture.trigger(Timing.valueOf(words[0].toUpperCase()), events.toArray(Event[]::new));
            } else if (a.startsWith("fuel:")) {
                fuel = Long.parseLong(a.substring(5).strip());
            } else if (a.startsWith("record:")) {
                record.putAll(json(a.substring(7)));
            } else if (a.startsWith("old:")) {
                old.putAll(json(a.substring(4)));
            } else if (a.startsWith("expect error:") || a.startsWith("expect warning:")) {
                diagnostics.add(a.substring(7));
            } else if (a.startsWith("expect:")) {
                output.add(a.substring(7).strip());
            }
        }

        private static Map<String, Object> json(String text) throws IOException {
            return JSON.readValue(text.strip(), new TypeReference<LinkedHashMap<String, Object>>() { });
        }

        private static Map<String, Object> old() {
            Map<String, Object> old = Fixture.invoice();
            old.put("amount", 90L);
            return old;
        }
    }
}
