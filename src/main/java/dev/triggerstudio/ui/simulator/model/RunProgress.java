package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/**
 * Counts finished operations and top-level steps while a batch runs, and reports the fraction
 * done on the UI thread, at most one report waiting at a time so a fast run cannot flood it.
 */
final class RunProgress implements TraceListener {
    // About as many top-level steps as an update has; only used to move the bar within an operation.
    private static final double STEPS_PER_OPERATION = 15.0;
    private final int total;
    private final TaskExecutor executor;
    private final DoubleConsumer report;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile int operationsDone;
    private volatile int stepsInOperation;

    RunProgress(int total, TaskExecutor executor, DoubleConsumer report) {
        this.total = Math.max(1, total);
        this.executor = executor;
        this.report = report;
    }

    @Override
    public void operationStarted(OperationTrace operation) {
        stepsInOperation = 0;
    }

    @Override
    public void stepFinished(OperationTrace operation, TraceNode node) {
        if (node.depth() == 0 && !operation.isAsync()) {
            stepsInOperation++;
            post();
        }
    }

    @Override
    public void operationFinished(OperationTrace operation) {
        if (!operation.isAsync()) {
            operationsDone++;
            post();
        }
    }

    double fraction() {
        double within = Math.min(stepsInOperation / STEPS_PER_OPERATION, 0.99);
        return Math.min(1.0, (operationsDone + within) / total);
    }

    int operationsDone() {
        return operationsDone;
    }

    private void post() {
        if (pending.compareAndSet(false, true)) {
            executor.onUi(() -> {
                pending.set(false);
                report.accept(fraction());
            });
        }
    }
}
