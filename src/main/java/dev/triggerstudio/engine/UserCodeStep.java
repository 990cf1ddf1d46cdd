package dev.triggerstudio.engine;

import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;

/**
 * A step that runs the user's code of one timing, D being what it runs: before_/after_ triggers
 * and automations. Finding what applies and skipping when nothing does is the same for both;
 * how each is run is not.
 */
abstract class UserCodeStep<D> implements Step {
    private final StepName name;
    final Timing timing;
    private final String what;
    private final Lookup<D> lookup;

    /** How a step finds what is active for an object, timing and event, in order (RunContext's). */
    interface Lookup<D> {
        List<D> find(RunContext ctx, ObjectDef object, Timing timing, Operation.Kind kind);
    }

    UserCodeStep(StepName name, Timing timing, String what, Lookup<D> lookup) {
        this.name = name;
        this.timing = timing;
        this.what = what;
        this.lookup = lookup;
    }

    @Override
    public final StepName name() {
        return name;
    }

    @Override
    public final void run(OperationRun op, TraceNode node) {
        List<D> found = lookup.find(op.ctx, op.object, timing, op.kind);
        if (found.isEmpty()) {
            node.status(Status.SKIPPED);
            node.detail("no active " + timing.jsonName() + " " + what + " on " + op.object.apiName() + " for " + op.kind.jsonName());
            return;
        }
        node.detail(runAll(op, node, found));
    }

    /** Runs what applies; answers the node's detail. */
    abstract String runAll(OperationRun op, TraceNode node, List<D> found);

    /**
     * The records that pass a Run When, the child's detail saying how many ({@code where} before it,
     * {@code after} behind); none, with the child skipped, when no record passes.
     */
    static List<Rec> passing(TraceNode child, RunWhen runWhen, List<Rec> records, String where, String after) {
        List<Rec> passing = records.stream().filter(r -> RunWhenMatcher.matches(runWhen, r.values, r.old)).toList();
        if (passing.isEmpty()) {
            child.status(Status.SKIPPED);
            child.detail(where + "Run When matched none of the " + count(records.size(), "record"));
        } else {
            child.detail(where + "ran on " + passing.size() + " of " + count(records.size(), "record") + after);
        }
        return passing;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
