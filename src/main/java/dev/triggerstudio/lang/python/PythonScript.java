package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.lang.ScriptSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One Python trigger with its own GraalPy context, created at the first run and kept for every
 * later chunk, so a warm run costs only the call. A run that is stopped (timeout, memory) or breaks
 * the interpreter discards the context; the next run builds a fresh one.
 */
final class PythonScript implements CompiledScript {
    private final ScriptSource source;
    private final PythonEngine.WaitClock wait;
    private final HostBridge bridge = new HostBridge();
    private final LogStream out = new LogStream(bridge, "info");
    private final LogStream err = new LogStream(bridge, "warning");
    private Context context;
    private Value driver;

    PythonScript(ScriptSource source, PythonEngine.WaitClock wait) {
        this.source = source;
        this.wait = wait;
    }

    @Override
    public RunStats run(Invocation invocation, ScriptHost host) {
        boolean outermost = bridge.current() == null;
        bridge.push(host);
        if (outermost) {
            out.reset();
            err.reset();
        }
        try {
            ensureLoaded(invocation.timeoutMs());
            String payload = PyJson.write(payload(invocation));
            JsonNode result = guarded(invocation.timeoutMs(), () -> driver.invokeMember("run", payload).asString());
            apply(result, invocation.records(), host);
        } finally {
            out.flush();
            err.flush();
            bridge.pop();
        }
        return new RunStats(0, wait.takeMillis());
    }

    private void ensureLoaded(long timeoutMs) {
        if (driver != null) {
            return;
        }
        context = PythonEngine.newContext(PythonEngine.await(wait), out, err);
        driver = PythonEngine.boot(context, bridge);
        JsonNode loaded = guarded(timeoutMs, () -> driver.invokeMember("load", source.path(), source.text()).asString());
        if (!"ok".equals(loaded.path("status").asText())) {
            Outcome.raise(loaded, source.path(), bridge, bridge.current());
        }
    }

    /** Runs Python under the watchdog and turns any way it can stop into a ScriptException. */
    private JsonNode guarded(long timeoutMs, Supplier<String> call) {
        Context running = context;
        String json;
        try (Watchdog.Watch watch = Watchdog.watch(running, timeoutMs)) {
            try {
                json = call.get();
            } catch (PolyglotException e) {
                discard();
                throw Outcome.stopped(e, watch.reason(), timeoutMs, source.path());
            } finally {
                if (watch.reason() != null) {
                    discard();
                }
            }
        }
        return PyJson.tree(json);
    }

    private void apply(JsonNode result, List<RecordPair> records, ScriptHost host) {
        if (!"ok".equals(result.path("status").asText())) {
            Outcome.raise(result, source.path(), bridge, host);
        }
        JsonNode changed = result.path("changed");
        for (int i = 0; i < records.size(); i++) {
            RecordPair pair = records.get(i);
            JsonNode edited = changed.get(key(pair, i));
            if (edited != null && pair.record() != null) {
                pair.record().clear();
                pair.record().putAll(PyJson.map(edited));
            }
        }
    }

    private static Map<String, Object> payload(Invocation invocation) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < invocation.records().size(); i++) {
            RecordPair pair = invocation.records().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", key(pair, i));
            entry.put("record", pair.record());
            entry.put("old", pair.old());
            records.add(entry);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("user", invocation.user());
        payload.put("trigger_context", List.of(capitalized(invocation.timing().name()), capitalized(invocation.event().name())));
        payload.put("records", records);
        return payload;
    }

    /** new_map's key: the record id, or a stand-in for a record that has none yet. */
    private static String key(RecordPair pair, int index) {
        return pair.id() != null ? pair.id() : "new-" + (index + 1);
    }

    private static String capitalized(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase();
    }

    private void discard() {
        Context dead = context;
        context = null;
        driver = null;
        if (dead != null) {
            try {
                dead.close(true);
            } catch (RuntimeException alreadyClosed) {
                // cancelled by the watchdog a moment ago
            }
        }
    }

    @Override
    public void close() {
        discard();
    }
}
