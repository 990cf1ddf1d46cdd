package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;

/** How the simulator names trace nodes and operations in its tree, timeline and details. */
public final class TraceText {
    private TraceText() {
    }

    /** "#2 update invoice", or "async trigger:x on invoice (from #2)". */
    public static String title(OperationTrace op) {
        if (op.isAsync()) {
            return "async " + op.source() + " on " + op.object() + " (from #" + op.index() + ")";
        }
        return "#" + op.index() + " " + op.op() + " " + op.object();
    }

    /** The name the tree shows: the source for triggers and automations, else the step name. */
    public static String label(TraceNode node) {
        return node.stepName().isRun() && node.source() != null ? node.source() : node.step();
    }

    public static boolean isNestedOperation(TraceNode node) {
        return node.stepName() == StepName.OPERATION;
    }
}
