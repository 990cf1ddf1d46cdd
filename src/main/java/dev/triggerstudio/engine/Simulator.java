package dev.triggerstudio.engine;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.User;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replays batches through the lifecycle against a store. Scripts are compiled once per simulator
 * and reused for every chunk and every batch it runs.
 */
public final class Simulator implements AutoCloseable {
    private final Project project;
    private final Store store;
    private final CompiledTriggers compiled;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public Simulator(Project project, Store store, ScriptRuntimes runtimes) {
        this.project = project;
        this.store = store;
        this.compiled = new CompiledTriggers(project, runtimes);
    }

    /**
     * Opens a store for a project: in memory when file is null, else that file. A new (or reset)
     * store gets the schema and the seed records of {@code data/}.
     */
    public static Store openStore(Project project, Path file, boolean reset) {
        boolean fresh = file == null || reset || !Files.exists(file);
        Store store = file == null ? Store.inMemory() : Store.open(file);
        if (reset) {
            store.wipe();
        }
        store.createSchema(project.objects().values());
        if (fresh || !store.isSeeded()) {
            store.seed(project.data());
        }
        return store;
    }

    /** Asks a running batch to stop before its next operation or chunk. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Replays a batch. userOverride (--user) replaces the batch's user; each operation may name
     * its own. The listener receives every step as it happens.
     */
    public BatchResult run(Batch batch, String userOverride, TraceListener listener) {
        cancelled.set(false);
        SimClock clock = new SimClock(startTime());
        IdGenerator ids = new IdGenerator(project.settings().effectiveSeed(), counter());
        RunContext ctx = new RunContext(project, store, compiled, clock, ids);
        BatchRunner runner = new BatchRunner(ctx, new Tracer(listener), cancelled::get);
        List<OperationTrace> ops = new ArrayList<>();
        List<OperationTrace> async = new ArrayList<>();
        Map<String, String> refs = new HashMap<>();
        for (int i = 0; i < batch.operations().size(); i++) {
            Operation op = batch.operations().get(i);
            User user = runner.user(userOverride, op.user() != null ? op.user() : batch.user());
            runner.runTopLevel(i, op, user, refs, ops, async);
        }
        listener.batchFinished();
        return new BatchResult(ops, async);
    }

    private Instant startTime() {
        String saved = store.meta("clock");
        return Instant.parse(saved != null ? saved : project.settings().effectiveClock());
    }

    private long counter() {
        String saved = store.meta("id_counter");
        return saved == null ? 0 : Long.parseLong(saved);
    }

    @Override
    public void close() {
        compiled.close();
    }
}
