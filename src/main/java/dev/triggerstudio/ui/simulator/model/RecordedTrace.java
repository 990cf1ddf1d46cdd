package dev.triggerstudio.ui.simulator.model;

import static dev.triggerstudio.ui.simulator.model.SimulatorSession.Event.CURSOR;
import static dev.triggerstudio.ui.simulator.model.SimulatorSession.Event.TRACE;

import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The trace on show (the last run from the IDE, or one opened from a file), the step cursor over
 * it, and trace files: save the last run as {@code --trace} JSON, open a saved one.
 */
final class RecordedTrace {
    private final SessionEvents events;
    private final TaskExecutor executor;
    private BatchTrace trace = BatchTrace.EMPTY;
    private StepCursor cursor = new StepCursor(BatchTrace.EMPTY);
    private RunOutcome lastRun;
    private boolean fromThisStore;
    private Consumer<Throwable> onFailure = e -> { };

    RecordedTrace(SessionEvents events, TaskExecutor executor) {
        this.events = events;
        this.executor = executor;
    }

    /** Where a failed save goes: the session reports it as it reports a failed run. */
    void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    BatchTrace trace() {
        return trace;
    }

    RunOutcome lastRun() {
        return lastRun;
    }

    StepCursor cursor() {
        return cursor;
    }

    boolean matchesStore() {
        return fromThisStore;
    }

    void showRun(RunOutcome outcome) {
        lastRun = outcome;
        show(outcome.trace(), true);
    }

    /** The store was re-seeded: "as of a step" views no longer hold for the trace on show. */
    void storeReset() {
        fromThisStore = false;
    }

    private void show(BatchTrace t, boolean matches) {
        trace = t;
        cursor = new StepCursor(t);
        fromThisStore = matches;
        events.fire(TRACE);
        events.fire(CURSOR);
    }

    void stepForward() {
        cursor.forward();
        events.fire(CURSOR);
    }

    void stepBack() {
        cursor.back();
        events.fire(CURSOR);
    }

    void select(TraceNode step) {
        if (step != null && cursor.moveTo(step)) {
            events.fire(CURSOR);
        }
    }

    void selectOrder(int order) {
        if (order != cursor.index()) {
            cursor.moveTo(order);
            events.fire(CURSOR);
        }
    }

    void save(Path file) {
        RunOutcome run = lastRun;
        if (run == null) {
            events.status("Run a batch first; an opened trace is already a file");
            return;
        }
        executor.submit(() -> {
            TraceFiles.write(file, run.trace());
            return file;
        }, f -> events.status("Saved trace to " + f), onFailure);
    }

    void open(Path file) {
        executor.submit(() -> TraceFiles.read(file), t -> {
            lastRun = null;
            show(t, false);
            events.status("Opened " + file.getFileName() + ": " + t.operations().size() + " operations, "
                    + t.stepCount() + " steps");
        }, e -> events.status("Cannot open " + file + ": " + SessionEvents.oneLine(e)));
    }
}
