package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;

/**
 * Where a step sits in a trace: its operation or job, the steps above it (outermost first) and
 * its place in the run's order of steps.
 */
public record Position(int order, OperationTrace op, List<TraceNode> ancestors, TraceNode step) {

    /** "#2 update invoice › before_triggers › trigger:invoice_status". */
    public String path() {
        StringBuilder sb = new StringBuilder(TraceText.title(op));
        ancestors.forEach(a -> sb.append(" › ").append(TraceText.label(a)));
        return sb.append(" › ").append(TraceText.label(step)).toString();
    }

    public TraceNode parent() {
        return ancestors.isEmpty() ? null : ancestors.getLast();
    }
}
