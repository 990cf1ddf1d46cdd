package dev.triggerstudio.engine;

import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;

/** A step that runs the user's code of one timing: before_/after_ triggers and automations. */
abstract class UserCodeStep implements Step {
    private final StepName name;
    final Timing timing;

    UserCodeStep(StepName name, Timing timing) {
        this.name = name;
        this.timing = timing;
    }

    @Override
    public final StepName name() {
        return name;
    }

    /** True, with the node skipped and saying why, when no trigger or automation (what) of this timing applies. */
    final boolean noneApply(List<?> found, String what, OperationRun op, TraceNode node) {
        if (!found.isEmpty()) {
            return false;
        }
        node.status(Status.SKIPPED);
        node.detail("no active " + timing.jsonName() + " " + what + " on " + op.object.apiName() + " for " + op.kind.jsonName());
        return true;
    }
}
