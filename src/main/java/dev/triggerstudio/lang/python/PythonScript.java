package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.lang.ScriptSource;
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
    private final ChunkCodec codec;
    private int loadedIn = -1;

    /** {@code reach}: what of its records the trigger can see (see {@link ChunkCodec}). */
    PythonScript(ScriptSource source, PythonEngine.WaitClock wait, ChunkCodec.Reach reach) {
        this.source = source;
        this.wait = wait;
        this.codec = new ChunkCodec(reach);
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
            String payload = codec.payload(invocation);
            Map<String, Object> result = interpreter.run(invocation.timeoutMs(), source.path(), key, payload,
                    host.lines() != null);
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

    /** Writes back what the trigger changed in each record of new_map. */
    private void apply(Map<String, Object> result, List<RecordPair> records, ScriptHost host) {
        if (!"ok".equals(result.get("status"))) {
            Outcome.raise(PyJson.treeOf(result), source.path(), interpreter.bridge(), host);
        }
        try {
            codec.apply(result.get("new_map"), records);
        } catch (ChunkCodec.NotStorable e) {
            throw Outcome.failed("record " + e.id + ": " + e.getMessage(), source.path(), 0);
        }
    }

    @Override
    public void close() {
        interpreter.forget(key, loadedIn);
    }
}
