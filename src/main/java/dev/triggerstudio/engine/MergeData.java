package dev.triggerstudio.engine;

import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.Map;

/** Keeps the old values of fields the update leaves out and sets modified_*. */
final class MergeData implements Step {
    @Override
    public StepName name() {
        return StepName.MERGE_DATA;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        for (Rec r : op.records) {
            Map<String, Object> v = Values.deepCopy(r.old);
            r.input.forEach((k, val) -> {
                if (!k.equals(SystemFields.ID)) {
                    v.put(k, val);
                }
            });
            v.put(SystemFields.MODIFIED_DATE, op.now);
            v.put(SystemFields.MODIFIED_BY, op.user.id());
            r.values = v;
            if (op.tracer.wantsRecords() && !v.equals(r.old)) {
                // the stored record against the merged one: exactly what the update changes
                node.records().add(new RecordChange(r.traceId(), Values.deepCopy(r.old), Values.deepCopy(v)));
            }
        }
        node.detail("merged " + op.records.size() + " update" + (op.records.size() == 1 ? "" : "s") + " with stored values");
    }
}
