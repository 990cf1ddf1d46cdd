package dev.triggerstudio.ui.simulator.model;

import java.util.List;

/**
 * Where a step sits in a trace: its operation or job, the steps above it (outermost first) and
 * its place in the run's order of steps.
 */
public record Position(int order, Op op, List<Step> ancestors, Step step) {

    /** "#2 update invoice › before_triggers › trigger:invoice_status". */
    public String path() {
        StringBuilder sb = new StringBuilder(op.title());
        ancestors.forEach(a -> sb.append(" › ").append(a.label()));
        return sb.append(" › ").append(step.label()).toString();
    }

    public Step parent() {
        return ancestors.isEmpty() ? null : ancestors.getLast();
    }
}
