package dev.triggerstudio.engine;

import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;

/** database_delete: removes the stored rows; the trace shows each deleted record. */
final class DatabaseDelete implements Step {
    @Override
    public StepName name() {
        return StepName.DATABASE_DELETE;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        for (Rec r : op.records) {
            op.ctx.store().delete(op.object, r.id);
            if (op.tracer.wantsRecords()) {
                node.records().add(new RecordChange(r.id, Values.deepCopy(r.old), null));
            }
        }
        node.detail("deleted " + op.records.size() + " row" + (op.records.size() == 1 ? "" : "s") + " of "
                + op.object.apiName());
    }
}
