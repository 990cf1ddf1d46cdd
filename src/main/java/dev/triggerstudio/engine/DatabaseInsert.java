package dev.triggerstudio.engine;

import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;

/** database_insert: checks the records (required, unique, values set by triggers) and inserts them. */
final class DatabaseInsert implements Step {
    @Override
    public StepName name() {
        return StepName.DATABASE_INSERT;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        DatabaseWrite.checkRecords(op);
        op.ctx.store().insertAll(op.object, DatabaseWrite.valuesOf(op));
        node.detail("inserted " + op.records.size() + " row" + (op.records.size() == 1 ? "" : "s") + " into "
                + op.object.apiName());
    }
}
