package dev.triggerstudio.trace;

import java.util.List;

/**
 * A whole recorded run: the batch's operations and the async jobs they queued, as a
 * {@link RecordingListener} kept them or {@link TraceJsonReader} read them back from a file. The
 * engine no longer touches an operation once it finished, so readers share these nodes.
 */
public record BatchTrace(List<OperationTrace> operations, List<OperationTrace> async) {
    public static final BatchTrace EMPTY = new BatchTrace(List.of(), List.of());

    public BatchTrace {
        operations = operations == null ? List.of() : List.copyOf(operations);
        async = async == null ? List.of() : List.copyOf(async);
    }

    /** Every node of every operation and job, nested ones included. */
    public int stepCount() {
        int n = 0;
        for (OperationTrace op : operations) {
            n += count(op.steps());
        }
        for (OperationTrace job : async) {
            n += count(job.steps());
        }
        return n;
    }

    private static int count(List<TraceNode> nodes) {
        int n = nodes.size();
        for (TraceNode node : nodes) {
            n += count(node.children());
        }
        return n;
    }
}
