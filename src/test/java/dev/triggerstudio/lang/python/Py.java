package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: compile a trigger text, run it on records against a {@link FakeHost}. */
final class Py {
    static final String PATH = "triggers/lead_trigger.py";
    static final PythonRuntime RUNTIME = new PythonRuntime();
    static final Map<String, Object> USER = Map.of("id", "alice", "name", "Alice", "groups", List.of("sales"), "admin", false);

    private Py() {
    }

    static CompiledScript compile(String text) {
        return RUNTIME.compile(new ScriptSource(PATH, text, null));
    }

    static String resource(String name) {
        try (InputStream in = Py.class.getResourceAsStream("/python/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles and runs once, closing the script afterwards. */
    static RunStats runOnce(String text, Timing timing, Event event, FakeHost host, RecordPair... records) {
        try (CompiledScript script = compile(text)) {
            return script.run(invocation(timing, event, records), host);
        }
    }

    static Invocation invocation(Timing timing, Event event, RecordPair... records) {
        return invocation(timing, event, 10_000, records);
    }

    static Invocation invocation(Timing timing, Event event, long timeoutMs, RecordPair... records) {
        TriggerDef def = new TriggerDef("lead_trigger", "lead", Language.PYTHON, timing, List.of(event), 10, true,
                false, "alice", null, null, null, null);
        return new Invocation(def, timing, event, USER, new ArrayList<>(Arrays.asList(records)), timeoutMs, 0, 1, 1);
    }

    /** A record as the engine hands it: mutable, values already in their Java types. */
    static RecordPair lead(String id, Object... keyValues) {
        return new RecordPair(id, map(id, keyValues), null);
    }

    static RecordPair updated(String id, Map<String, Object> old, Object... keyValues) {
        return new RecordPair(id, map(id, keyValues), old);
    }

    static Map<String, Object> map(String id, Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
