package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.ValueLimits;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.Map;

/** Unknown fields, wrong types, picklist values, over-long text and writes to system fields. */
final class ValidateSystem implements Step {
    @Override
    public StepName name() {
        return StepName.VALIDATE_SYSTEM;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        if (op.kind == Operation.Kind.DELETE) {
            node.detail("no system checks apply to delete");
            return;
        }
        for (Rec r : op.records) {
            for (Map.Entry<String, Object> e : r.input.entrySet()) {
                check(op.object, op.kind, e.getKey(), e.getValue());
                FieldDef f = op.object.fieldOrNull(e.getKey());
                Object normal = f == null ? e.getValue() : Values.normalise(f.type(), e.getValue());
                if (normal != e.getValue()) {
                    e.setValue(normal); // only a number changes, so a record's map that has none is only read
                }
            }
        }
        node.detail(op.records.size() + " record(s) valid");
    }

    /** Throws when a value may not be written to a field; shared with the database step. */
    static void check(ObjectDef o, Operation.Kind kind, String field, Object value) {
        if (SystemFields.isSystem(field)) {
            if (field.equals(SystemFields.ID) && kind != Operation.Kind.CREATE) {
                return;
            }
            if (o.systemFieldNames().contains(field)) {
                throw Refusal.rejected(o.apiName() + "." + field + " is a system field and cannot be written");
            }
        }
        FieldDef f = o.fieldOrNull(field);
        if (f == null) {
            throw Refusal.rejected("unknown field \"" + field + "\" on " + o.apiName() + " (expected one of "
                    + String.join(", ", o.fields().stream().map(FieldDef::name).toList()) + ")");
        }
        String limit = value == null ? null : ValueLimits.problem(f, value);
        if (limit != null) {
            throw Refusal.rejected(o.apiName() + "." + field + ": " + limit);
        }
        String problem = Values.typeProblem(f, value);
        if (problem != null) {
            throw Refusal.rejected(o.apiName() + "." + field + ": " + problem + " (got " + Values.show(value) + ")");
        }
    }
}
