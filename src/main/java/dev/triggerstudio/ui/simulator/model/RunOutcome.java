package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.Status;
import java.util.List;

/** What a run from the IDE gave: the engine's recorded operations and jobs, and whether it was cancelled. */
public record RunOutcome(BatchTrace trace, boolean cancelled, long millis) {

    public List<OperationTrace> operations() {
        return trace.operations();
    }

    public List<OperationTrace> async() {
        return trace.async();
    }

    /** "4 operations: 2 committed, 2 rejected · 1 async job ok · 120 ms". */
    public String summary() {
        List<OperationTrace> operations = trace.operations();
        List<OperationTrace> async = trace.async();
        StringBuilder sb = new StringBuilder();
        sb.append(operations.size()).append(operations.size() == 1 ? " operation: " : " operations: ");
        sb.append(count(operations, Status.COMMITTED)).append(" committed, ")
                .append(count(operations, Status.REJECTED)).append(" rejected, ")
                .append(count(operations, Status.FAILED)).append(" failed");
        if (!async.isEmpty()) {
            sb.append(" · ").append(async.size()).append(" async: ").append(count(async, Status.OK)).append(" ok, ")
                    .append(count(async, Status.FAILED)).append(" failed");
        }
        sb.append(" · ").append(millis).append(" ms");
        return cancelled ? "Cancelled — " + sb : sb.toString();
    }

    private static long count(List<OperationTrace> ops, String status) {
        return ops.stream().filter(o -> status.equals(o.status())).count();
    }
}
