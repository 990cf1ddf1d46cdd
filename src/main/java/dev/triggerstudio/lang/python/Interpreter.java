package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * The one GraalPy context that runs every Python trigger, as one Valstorm worker process runs
 * them all: each trigger file gets its own module, the interpreter and its imports are shared.
 * A new context costs 0.2-1 s even on a warm engine (Python's core modules initialise again), a
 * module costs milliseconds. A run that is stopped (timeout, memory) or breaks the interpreter
 * discards the context; the next run builds a fresh one and reloads its module.
 *
 * <p>Runs take a reentrant lock: a trigger's nested operation may run another Python trigger on
 * the same thread, but two simulations never interleave inside Python.
 */
final class Interpreter {
    static final Interpreter SHARED = new Interpreter();
    private static final String WARM_UP_TRIGGER = "async def execute(context):\n    for r in context.new_map.values():\n        r['x'] = 1\n";

    private final ReentrantLock lock = new ReentrantLock();
    private final HostBridge bridge = new HostBridge();
    private final LogStream out = new LogStream(bridge, "info");
    private final LogStream err = new LogStream(bridge, "warning");
    private Context context;
    private Value driver;
    private Value run;
    private int generation;

    private Interpreter() {
    }

    /** Builds the context ahead of the first trigger (the warm-up thread calls it). */
    void prepare(Engine engine) {
        lock.lock();
        try {
            ensure(engine);
            driver.invokeMember("load", "<warm-up>", "<warm-up>", WARM_UP_TRIGGER);
            run.execute("<warm-up>", PyMarshal.write(List.of(Map.of(), List.of(),
                    Map.of("a", Map.of("id", "a", "n", 1L, "x", 1.5)), Map.of(), true)));
            driver.invokeMember("unload", "<warm-up>");
        } finally {
            lock.unlock();
        }
    }

    /** Enters the interpreter, waiting for the engine when it is still starting. */
    void enter(PythonEngine.WaitClock wait) {
        lock.lock();
        try {
            if (context == null) {
                ensure(PythonEngine.await(wait));
            }
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    void leave() {
        lock.unlock();
    }

    /** Tries to forget a closed script's module without waiting for a running simulation. */
    void forget(String key, int loadedIn) {
        if (lock.tryLock()) {
            try {
                if (driver != null && generation == loadedIn) {
                    driver.invokeMember("unload", key);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    HostBridge bridge() {
        return bridge;
    }

    LogStream out() {
        return out;
    }

    LogStream err() {
        return err;
    }

    /** Changes whenever the context is rebuilt; scripts reload their module when it does. */
    int generation() {
        return generation;
    }

    /** Calls the Python driver under the watchdog; any way it can stop becomes a ScriptException. */
    JsonNode call(long timeoutMs, String path, String method, Object... args) {
        return PyJson.tree(guarded(timeoutMs, path, () -> driver.invokeMember(method, args).asString()));
    }

    /**
     * Runs a loaded trigger on a chunk: the payload in marshal's format ({@link PyMarshal}), the
     * answer as plain Java values. The driver's run method is looked up once per context.
     */
    Map<String, Object> run(long timeoutMs, String path, String key, String payload, boolean traced) {
        return PyJsonReader.readObject(guarded(timeoutMs, path, () -> run.execute(key, payload, traced).asString()));
    }

    private String guarded(long timeoutMs, String path, Supplier<String> call) {
        String json;
        try (Watchdog.Watch watch = Watchdog.watch(context, timeoutMs)) {
            try {
                json = call.get();
            } catch (PolyglotException e) {
                boolean timedOut = e.isInterrupted() && watch.reason() == Watchdog.Reason.TIMEOUT;
                int line = timedOut ? stoppedAt(path) : 0;
                if (!timedOut) {
                    discard(); // the interpreter itself broke or was cancelled: start afresh
                }
                throw Outcome.stopped(e, watch.reason(), timeoutMs, path, bridge, line);
            } finally {
                if (watch.reason() == Watchdog.Reason.MEMORY) {
                    discard(); // closed by the heap guard, perhaps just as the run returned
                }
            }
        }
        return json;
    }

    /**
     * The line a trigger stopped at its timeout was on. An interrupt leaves the context usable,
     * so the driver can say which statement the file started last (see marked() in the prelude).
     */
    private int stoppedAt(String path) {
        try {
            return driver.invokeMember("stopped_at", path).asInt();
        } catch (PolyglotException | IllegalStateException notReadable) {
            return 0; // the caller falls back to the function the interrupt names
        }
    }

    private void ensure(Engine engine) {
        if (context == null) {
            context = PythonEngine.newContext(engine, out, err);
            driver = PythonEngine.boot(context, bridge);
            run = driver.getMember("run");
        }
    }

    private void discard() {
        Context dead = context;
        context = null;
        driver = null;
        run = null;
        generation++;
        if (dead != null) {
            try {
                dead.close(true);
            } catch (RuntimeException alreadyClosed) {
                // cancelled by the watchdog a moment ago, or still entered by an outer run
            }
        }
    }
}
