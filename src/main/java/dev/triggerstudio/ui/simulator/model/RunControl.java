package dev.triggerstudio.ui.simulator.model;

import static dev.triggerstudio.ui.simulator.model.SimulatorSession.Event.PROGRESS;
import static dev.triggerstudio.ui.simulator.model.SimulatorSession.Event.RUN_STATE;
import static dev.triggerstudio.ui.simulator.model.SimulatorSession.Event.STORE;

import dev.triggerstudio.engine.ProjectStore;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordingListener;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.simulator.model.SimulatorSession.RunState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs and cancels the batch being edited (F5) on the executor, with the runtimes the session was
 * given, and resets the store. A finished run goes to the recorded trace.
 */
final class RunControl {
    private final Path root;
    private final SessionEvents events;
    private final TaskExecutor executor;
    private final ScriptRuntimes runtimes;
    private final BatchChoice batches;
    private final StoreFiles store;
    private final RecordedTrace trace;
    private RunState state = RunState.IDLE;
    private double progress;
    private volatile Simulator running;
    private volatile boolean cancelRequested;
    private boolean refused; // the last run() was refused after re-reading the project

    RunControl(Path root, SessionEvents events, TaskExecutor executor, ScriptRuntimes runtimes, BatchChoice batches,
               StoreFiles store, RecordedTrace trace) {
        this.root = root;
        this.events = events;
        this.executor = executor;
        this.runtimes = runtimes;
        this.batches = batches;
        this.store = store;
        this.trace = trace;
    }

    RunState state() {
        return state;
    }

    double progress() {
        return progress;
    }

    /** See {@link SimulatorSession#run()}. */
    boolean run() {
        if (state != RunState.IDLE || batches.project() == null || batches.batch() == null) {
            events.status(state != RunState.IDLE ? "A run is in progress" : "Nothing to run: choose a batch");
            return false;
        }
        String name = batches.batch().name();
        Batch edited = batches.batch().toBatch();
        String u = batches.user();
        cancelRequested = false;
        refused = false;
        setState(RunState.RUNNING);
        progress = 0;
        events.status("Reading " + root.getFileName() + " …");
        executor.submit(() -> ProjectLoader.check(root), r -> {
            String why = batches.refreshBeforeRun(r, name, edited);
            if (why != null) {
                refuse(why);
            } else {
                start(u);
            }
        }, e -> refuse("cannot load " + root + ": " + SessionEvents.oneLine(e)));
        return !refused;
    }

    private void start(String u) {
        List<Diagnostic> errors = batches.batch().validate();
        if (!errors.isEmpty()) {
            refuse(errors.getFirst().toString());
            return;
        }
        Project p = batches.project();
        Batch b = batches.batch().toBatch();
        events.status("Running " + batches.batch().name() + " (" + b.operations().size() + " operations)…");
        executor.submit(() -> execute(p, b, u), this::finished, this::failed);
    }

    /** The run did not start after all: back to idle, with why in the status. */
    private void refuse(String why) {
        refused = true;
        setState(RunState.IDLE);
        events.status(why);
    }

    private RunOutcome execute(Project p, Batch b, String u) throws IOException {
        long t0 = System.nanoTime();
        // lines too: the debugger steps through them (and Written by names the line of each change)
        RecordingListener recording = new RecordingListener(true, true);
        RunProgress progressListener = new RunProgress(b.operations().size(), executor, f -> {
            progress = f;
            events.fire(PROGRESS);
        });
        try (ProjectStore s = store.openForRun(p); Simulator sim = s.simulator(runtimes)) {
            running = sim;
            sim.run(b, u, TraceListener.both(cancelling(), TraceListener.both(recording, progressListener)));
        } finally {
            running = null;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new RunOutcome(recording.trace(), cancelRequested, ms);
    }

    /** Simulator.run clears its flag when it starts; a cancel that came earlier is re-applied here. */
    private TraceListener cancelling() {
        return new TraceListener() {
            @Override
            public void operationStarted(OperationTrace operation) {
                Simulator sim = running;
                if (cancelRequested && sim != null) {
                    sim.cancel();
                }
            }
        };
    }

    private void finished(RunOutcome outcome) {
        trace.showRun(outcome);
        progress = 1;
        setState(RunState.IDLE);
        events.fire(STORE);
        events.status(outcome.summary());
    }

    void failed(Throwable e) {
        setState(RunState.IDLE);
        events.status("Run failed: " + SessionEvents.oneLine(e));
    }

    /** Asks the run to stop before its next operation; the rest are recorded as cancelled. */
    void cancel() {
        if (state != RunState.RUNNING) {
            return;
        }
        cancelRequested = true;
        Simulator sim = running;
        if (sim != null) {
            sim.cancel();
        }
        setState(RunState.CANCELLING);
        events.status("Cancelling…");
    }

    private void setState(RunState s) {
        state = s;
        events.fire(RUN_STATE);
    }

    /** Re-seeds the store from {@code data/}: every record of earlier runs goes. */
    void resetStore() {
        Project p = batches.project();
        if (state != RunState.IDLE || p == null) {
            return;
        }
        executor.submit(() -> {
            store.reset(p);
            return true;
        }, ok -> {
            trace.storeReset();
            events.fire(STORE);
            events.status("Store reset from data/");
        }, this::failed);
    }
}
