package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gives a new record its id, system fields, owner and field defaults. */
final class Hydrate implements Step {
    @Override
    public StepName name() {
        return StepName.HYDRATE;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        for (Rec r : op.records) {
            Map<String, Object> v = LinkedHashMap.newLinkedHashMap(op.object.allFieldNames().size());
            r.id = op.ctx.ids().next();
            v.put(SystemFields.ID, r.id);
            // the input as validate_system normalised it; nothing else has changed a new record yet
            for (FieldDef f : op.object.fields()) {
                Object given = r.input.get(f.name());
                v.put(f.name(), given == null && !r.input.containsKey(f.name()) ? Values.normalise(f.type(), f.defaultValue()) : given);
            }
            v.put(SystemFields.CREATED_DATE, op.now);
            v.put(SystemFields.CREATED_BY, op.user.id());
            v.put(SystemFields.MODIFIED_DATE, op.now);
            v.put(SystemFields.MODIFIED_BY, op.user.id());
            if (op.object.ownership()) {
                v.put(SystemFields.OWNER, op.user.id());
            }
            r.values = v;
        }
        node.detail("assigned " + op.records.size() + " id" + (op.records.size() == 1 ? "" : "s") + ", system fields"
                + (op.object.ownership() ? ", owner" : "") + " and defaults");
    }
}
