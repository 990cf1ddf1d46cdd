package dev.triggerstudio.engine;

import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;

/** database_update: checks the records like database_insert, then writes them over the stored rows. */
final class DatabaseUpdate implements Step {
    @Override
    public StepName name() {
        return StepName.DATABASE_UPDATE;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        DatabaseWrite.checkRecords(op);
        op.ctx.store().updateAll(op.object, DatabaseWrite.valuesOf(op), op.records.stream().map(r -> r.old).toList());
        node.detail("updated " + op.records.size() + " row" + (op.records.size() == 1 ? "" : "s") + " of "
                + op.object.apiName());
    }
}
