package dev.triggerstudio.engine;

import dev.triggerstudio.trace.LineSpill;
import dev.triggerstudio.trace.RecordBudget;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.util.function.Supplier;

/**
 * Builds the trace of one batch run: numbers its nodes, hangs each where it belongs, times it, marks
 * a refusal on it, and tells the listener (docs/architecture.md#the-trace-and-its-listeners).
 */
final class Tracer {
    private final TraceListener listener;
    private final boolean wantsRecords;
    private final LineSpill lineSpill;
    private final RecordBudget recordBudget = new RecordBudget(RecordBudget.HELD_PER_OPERATION);
    private int seq;

    Tracer(TraceListener listener) {
        this.listener = listener;
        this.wantsRecords = listener.wantsRecords();
        this.lineSpill = listener.wantsLines() ? LineSpill.create() : null;
    }

    /** Where trigger nodes' line events go ({@code --lines}), or null when lines are not recorded. */
    LineSpill lineSpill() {
        return lineSpill;
    }

    TraceListener listener() {
        return listener;
    }

    /** Whether nodes carry record snapshots; asked once, since the answer is read per record. */
    boolean wantsRecords() {
        return wantsRecords;
    }

    /** A step of op starts: it hangs under the op's nested node, or at the top of its trace. */
    TraceNode startStep(OperationRun op, StepName step, String source) {
        TraceNode node = newNode(op, step, source, op.depth);
        if (op.parent == null) {
            op.trace.steps().add(node);
        } else {
            op.parent.children().add(node);
        }
        listener.stepStarted(op.trace, op.parent, node);
        return node;
    }

    /** A trigger run, automation run or nested operation starts under parent. */
    TraceNode startChild(OperationRun op, TraceNode parent, StepName step, String source, int depth) {
        TraceNode child = newNode(op, step, source, depth);
        parent.children().add(child);
        listener.stepStarted(op.trace, parent, child);
        return child;
    }

    /** Nodes share their operation's budget of record snapshots held in memory (the rest spill). */
    private TraceNode newNode(OperationRun op, StepName step, String source, int depth) {
        recordBudget.enter(op.trace);
        return new TraceNode(++seq, step, source, depth, recordBudget);
    }

    /** {@link #timed(OperationRun, TraceNode, Supplier)} for work that returns nothing. */
    void timed(OperationRun op, TraceNode node, Runnable body) {
        timed(op, node, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Runs body as node's work. Its time becomes the node's duration; a refusal marks the node
     * rejected or failed with its error (unless body already did) and travels on; either way the
     * listener hears that the node finished.
     */
    <T> T timed(OperationRun op, TraceNode node, Supplier<T> body) {
        long t0 = System.nanoTime();
        try {
            return body.get();
        } catch (Refusal r) {
            if (node.error() == null) {
                node.status(r.kind() == Refusal.Kind.REJECTED ? Status.REJECTED : Status.FAILED);
                node.error(r.traceError(null));
            }
            throw r;
        } finally {
            node.durationUs((System.nanoTime() - t0) / 1000);
            listener.stepFinished(op.trace, node);
        }
    }
}
