package dev.triggerstudio.engine;

import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.Status;
import java.util.List;

/** What a batch replay gave: each operation and async job with status, error and records. */
public record BatchResult(List<OperationTrace> operations, List<OperationTrace> asyncJobs) {

    /** True when every operation committed and every async job ran ok. */
    public boolean allCommitted() {
        return operations.stream().allMatch(o -> Status.COMMITTED.equals(o.status()))
                && asyncJobs.stream().allMatch(j -> Status.OK.equals(j.status()));
    }
}
