package dev.triggerstudio.engine;

import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;

/** Receives the incoming data and loads the object's schema. */
final class Initialize implements Step {
    @Override
    public StepName name() {
        return StepName.INITIALIZE;
    }

    @Override
    public boolean listsAllRecords() {
        return true;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        node.detail(op.describe() + " as " + op.user.id() + "; schema " + op.object.apiName() + " with "
                + op.object.fields().size() + " fields");
    }
}
