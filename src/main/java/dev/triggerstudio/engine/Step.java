package dev.triggerstudio.engine;

import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;

/** One named lifecycle step (docs/architecture.md#the-lifecycle-pipeline). Throws {@link Refusal} to stop the operation. */
interface Step {
    StepName name();

    void run(OperationRun op, TraceNode node);

    /** Steps that bring records in list them all in the trace, not just the ones they changed. */
    default boolean listsAllRecords() {
        return false;
    }
}
