package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.lang.ScriptSource;
import java.util.Arrays;
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
            String payload = PyMarshal.write(payload(invocation));
            Map<String, Object> result = interpreter.run(invocation.timeoutMs(), source.path(), key, payload);
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
    private void apply(Map<String, Object> result, List<RecordPair> records, ScriptHost host) {
        if (!"ok".equals(result.get("status"))) {
            Outcome.raise(PyJson.treeOf(result), source.path(), interpreter.bridge(), host);
        }
        if (!(result.get("new_map") instanceof Map<?, ?> newMap)) {
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            RecordPair pair = records.get(i);
            if (newMap.get(key(pair, i)) instanceof Map<?, ?> edited && pair.record() != null
                    && !PyJson.unchanged(pair.record(), edited)) {
                storable(edited, pair);
                pair.record().clear();
                edited.forEach((k, v) -> pair.record().put((String) k, v));
            }
        }
    }

    private void storable(Map<?, ?> edited, RecordPair pair) {
        try {
            PyJson.storable(edited);
        } catch (ArithmeticException e) {
            throw ScriptException.failed("record " + pair.id() + ": " + e.getMessage(), source.path(), 0);
        }
    }

    /** [user, trigger_context, new_map, old_map], as the driver's run unpacks it. */
    private static List<Object> payload(Invocation invocation) {
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
        List<String> triggerContext = List.of(capitalized(invocation.timing().name()),
                capitalized(invocation.event().name()));
        return Arrays.asList(invocation.user(), triggerContext, newMap, oldMap);
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
