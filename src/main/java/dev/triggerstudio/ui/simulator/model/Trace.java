package dev.triggerstudio.ui.simulator.model;

import java.util.List;

/** A whole recorded run: the batch's operations and the async jobs they queued. */
public record Trace(List<Op> operations, List<Op> async) {
    public static final Trace EMPTY = new Trace(List.of(), List.of());

    public Trace {
        operations = operations == null ? List.of() : operations;
        async = async == null ? List.of() : async;
    }

    public int stepCount() {
        int n = 0;
        for (Op op : operations) {
            n += count(op.steps());
        }
        for (Op job : async) {
            n += count(job.steps());
        }
        return n;
    }

    private static int count(List<Step> steps) {
        int n = steps.size();
        for (Step s : steps) {
            n += count(s.children());
        }
        return n;
    }
}
