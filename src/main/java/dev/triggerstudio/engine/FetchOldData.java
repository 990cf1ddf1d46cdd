package dev.triggerstudio.engine;

import dev.triggerstudio.model.Operation;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the stored records an update or delete works on: old_data for triggers. */
final class FetchOldData implements Step {
    @Override
    public StepName name() {
        return StepName.FETCH_OLD_DATA;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        List<String> ids = new ArrayList<>(op.records.size());
        op.records.forEach(r -> ids.add(r.id));
        Map<String, Map<String, Object>> stored = op.ctx.store().getAll(op.object, ids);
        for (Rec r : op.records) {
            Map<String, Object> old = stored.get(r.id);
            if (old == null) {
                throw Refusal.rejected("no " + op.object.apiName() + " with id \"" + r.id + "\"");
            }
            r.old = op.ctx.lookups().nameInPlace(op.object, old);
            if (op.kind == Operation.Kind.DELETE) {
                r.values = Values.deepCopy(r.old);
            }
            if (op.tracer.wantsRecords()) {
                node.records().add(new RecordChange(r.id, null, Values.deepCopy(r.old)));
            }
        }
        node.detail("fetched " + op.records.size() + " stored record" + (op.records.size() == 1 ? "" : "s"));
    }
}
