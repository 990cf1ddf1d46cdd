package dev.triggerstudio.lang.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The one GraalPy engine of the process. The first context on an engine costs seconds (Python's
 * core initialises); later contexts on the same engine reuse its parsed code and cost a fraction,
 * so the engine is shared and started in the background as early as possible.
 */
final class PythonEngine {
    static final String LANGUAGE = "python";
    private static final Source PRELUDE = source("valstorm_prelude.py", "<valstorm>");
    private static CompletableFuture<Engine> starting;
    private static boolean runsWarming;

    private PythonEngine() {
    }

    /**
     * Starts the engine on a daemon thread unless it is already started; returns at once. Once the
     * engine is built, the checker's context starts on that thread and, when {@code runs} (a
     * command that will run triggers), the run context on a second one, in parallel: each costs
     * about a second of Python's core initialising, and {@code check} never needs the second.
     */
    static synchronized CompletableFuture<Engine> start(boolean runs) {
        if (starting == null) {
            starting = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("graalpy-warm-up").start(PythonEngine::boot);
        }
        if (runs && !runsWarming) {
            runsWarming = true;
            starting.thenAcceptAsync(PythonEngine::prepareRuns, r -> Thread.ofPlatform().daemon().name("graalpy-run-warm-up").start(r));
        }
        return starting;
    }

    /** The engine for a caller that only checks. */
    static CompletableFuture<Engine> start() {
        return start(false);
    }

    /** The engine, waiting for the warm-up when it is still running. */
    static Engine await(WaitClock wait) {
        CompletableFuture<Engine> future = start();
        if (future.isDone()) {
            return future.join();
        }
        long from = System.nanoTime();
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while GraalPy was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("GraalPy could not start: " + e.getCause().getMessage(), e.getCause());
        } finally {
            wait.add(System.nanoTime() - from);
        }
    }

    private static void boot() {
        Engine engine;
        try {
            engine = Engine.newBuilder(LANGUAGE)
                    .sandbox(SandboxPolicy.CONSTRAINED)
                    .option("engine.WarnInterpreterOnly", "false")
                    .out(OutputStream.nullOutputStream())
                    .err(OutputStream.nullOutputStream())
                    .build();
        } catch (Throwable t) {
            starting.completeExceptionally(t);
            return;
        }
        starting.complete(engine);
        try {
            PythonChecker.warm(engine);
        } catch (RuntimeException e) {
            // Only the head start is lost: the first check builds the context and reports the error.
        }
    }

    private static void prepareRuns(Engine engine) {
        try {
            Interpreter.SHARED.prepare(engine);
        } catch (RuntimeException e) {
            // Only the head start is lost: the first run builds the context and reports the error.
        }
    }

    /**
     * A locked-down context: the CONSTRAINED policy denies files, sockets, processes, threads,
     * native code, host class lookup and polyglot access; only {@link HostAccess.Export}ed members
     * of objects we hand in are reachable. Output goes to the given streams, never the console.
     */
    static Context newContext(Engine engine, OutputStream out, OutputStream err) {
        return Context.newBuilder(LANGUAGE)
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(HostAccess.CONSTRAINED)
                .allowHostClassLookup(name -> false)
                .out(out)
                .err(err)
                .build();
    }

    /** Evaluates the Valstorm prelude (parsed once per engine) and returns its driver. */
    static Value boot(Context context, Object bridge) {
        Value boot = context.eval(PRELUDE);
        context.getBindings(LANGUAGE).removeMember("_ts_boot");
        return boot.execute(bridge);
    }

    /** A Python resource of this package, parsed once per engine. */
    static Source source(String resource, String name) {
        try (InputStream in = PythonEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder(LANGUAGE, text, name).cached(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accumulates time spent waiting for the engine, for {@code RunStats.waitMs}. */
    static final class WaitClock {
        private long nanos;

        void add(long moreNanos) {
            nanos += moreNanos;
        }

        /** The wait so far in milliseconds, then starts again from zero. */
        long takeMillis() {
            long ms = nanos / 1_000_000;
            nanos = 0;
            return ms;
        }
    }
}
