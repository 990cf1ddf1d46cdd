package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.lang.ScriptSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Python trigger: its module is loaded into the shared {@link Interpreter} at the first run
 * (so top-level code runs once per simulation, under the same watchdog) and reused for every
 * later chunk.
 */
final class PythonScript implements CompiledScript {
    private static final AtomicLong IDS = new AtomicLong();
    private final ScriptSource source;
    private final PythonEngine.WaitClock wait;
    private final Interpreter interpreter = Interpreter.SHARED;
    private final String key = "trigger-" + IDS.incrementAndGet();
    private int loadedIn = -1;

    PythonScript(ScriptSource source, PythonEngine.WaitClock wait) {
        this.source = source;
        this.wait = wait;
    }

    @Override
    public RunStats run(Invocation invocation, ScriptHost host) {
        interpreter.enter(wait);
        HostBridge bridge = interpreter.bridge();
        boolean outermost = bridge.current() == null;
        bridge.push(host);
        if (outermost) {
            interpreter.out().reset();
            interpreter.err().reset();
        }
        try {
            ensureLoaded(invocation.timeoutMs(), host);
            String payload = PyJson.write(payload(invocation));
            JsonNode result = interpreter.call(invocation.timeoutMs(), source.path(), "run", key, payload);
            apply(result, invocation.records(), host);
        } finally {
            interpreter.out().flush();
            interpreter.err().flush();
            bridge.pop();
            interpreter.leave();
        }
        return new RunStats(0, wait.takeMillis());
    }

    private void ensureLoaded(long timeoutMs, ScriptHost host) {
        if (loadedIn == interpreter.generation()) {
            return;
        }
        JsonNode loaded = interpreter.call(timeoutMs, source.path(), "load", key, source.path(), source.text());
        if (!"ok".equals(loaded.path("status").asText())) {
            Outcome.raise(loaded, source.path(), interpreter.bridge(), host);
        }
        loadedIn = interpreter.generation();
    }

    /** Copies back every record of new_map whose values differ from what the trigger was given. */
    private void apply(JsonNode result, List<RecordPair> records, ScriptHost host) {
        if (!"ok".equals(result.path("status").asText())) {
            Outcome.raise(result, source.path(), interpreter.bridge(), host);
        }
        JsonNode newMap = result.path("new_map");
        for (int i = 0; i < records.size(); i++) {
            RecordPair pair = records.get(i);
            JsonNode edited = newMap.get(key(pair, i));
            if (edited != null && edited.isObject() && pair.record() != null) {
                Map<String, Object> values = storable(edited, pair);
                if (!values.equals(PyJson.normalized(pair.record()))) {
                    pair.record().clear();
                    pair.record().putAll(values);
                }
            }
        }
    }

    private Map<String, Object> storable(JsonNode edited, RecordPair pair) {
        try {
            return PyJson.map(edited);
        } catch (ArithmeticException e) {
            throw ScriptException.failed("record " + pair.id() + ": " + e.getMessage(), source.path(), 0);
        }
    }

    private static Map<String, Object> payload(Invocation invocation) {
        Map<String, Object> newMap = new LinkedHashMap<>();
        Map<String, Object> oldMap = new LinkedHashMap<>();
        for (int i = 0; i < invocation.records().size(); i++) {
            RecordPair pair = invocation.records().get(i);
            if (pair.record() != null) {
                newMap.put(key(pair, i), pair.record());
            }
            if (pair.old() != null) {
                oldMap.put(key(pair, i), pair.old());
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("user", invocation.user());
        payload.put("trigger_context", List.of(capitalized(invocation.timing().name()), capitalized(invocation.event().name())));
        payload.put("new_map", newMap);
        payload.put("old_map", oldMap);
        return payload;
    }

    /** new_map's key: the record id, or a stand-in for a record that has none yet. */
    private static String key(RecordPair pair, int index) {
        return pair.id() != null ? pair.id() : "new-" + (index + 1);
    }

    private static String capitalized(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase();
    }

    @Override
    public void close() {
        interpreter.forget(key, loadedIn);
    }
}
