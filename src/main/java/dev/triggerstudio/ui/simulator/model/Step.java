package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.StepName;
import java.util.List;
import java.util.Map;

/**
 * One node of a recorded trace: a lifecycle step, a trigger or automation run, or a nested
 * operation ({@code step} = "operation"). Same shape as a {@code steps} entry of {@code --trace}.
 */
public record Step(int seq, String step, String status, String source, int depth, String detail, long durationUs,
                   List<Change> records, List<LogEntry> logs, Map<String, Object> metrics, ErrorInfo error,
                   List<Step> children) {

    public Step {
        records = records == null ? List.of() : records;
        logs = logs == null ? List.of() : logs;
        metrics = metrics == null ? Map.of() : metrics;
        children = children == null ? List.of() : children;
    }

    public boolean isNestedOperation() {
        return StepName.OPERATION.is(step);
    }

    /** The name the tree shows: the source for triggers and automations, else the step name. */
    public String label() {
        boolean run = StepName.of(step).map(StepName::isRun).orElse(false);
        return run && source != null ? source : step;
    }
}
