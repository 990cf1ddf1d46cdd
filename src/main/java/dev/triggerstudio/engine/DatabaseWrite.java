package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.store.Store;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database steps (DatabaseInsert, DatabaseUpdate) check before they write. Required and
 * unique fields are checked here, so Before triggers may fill them.
 */
final class DatabaseWrite {
    private DatabaseWrite() {
    }

    static List<Map<String, Object>> valuesOf(OperationRun op) {
        return op.records.stream().map(r -> r.values).toList();
    }

    /**
     * Values triggers set are checked like user input; then required and unique fields. A value
     * the record already holds in the store is not checked again, nor, when no Before trigger or
     * automation ran, the very value validate_system checked.
     */
    static void checkRecords(OperationRun op) {
        for (Rec r : op.records) {
            for (Map.Entry<String, Object> e : r.values.entrySet()) {
                String k = e.getKey();
                if (!SystemFields.isSystem(k) && needsCheck(op, r, k, e.getValue())) {
                    ValidateSystem.check(op.object, op.kind, k, e.getValue());
                    FieldDef f = op.object.fieldOrNull(k);
                    if (f != null) {
                        e.setValue(Values.normalise(f.type(), e.getValue()));
                    }
                }
            }
            for (FieldDef f : op.object.fields()) {
                if (f.required() && Values.isEmpty(Values.lookupId(r.values.get(f.name())))) {
                    throw Refusal.rejected(op.object.apiName() + "." + f.name() + " is required");
                }
            }
        }
        for (FieldDef f : op.object.fields()) {
            if (f.unique()) {
                checkUnique(op, f);
            }
        }
    }

    private static boolean needsCheck(OperationRun op, Rec r, String field, Object value) {
        if (r.old != null && value != null && value.equals(r.old.get(field))) {
            return false;
        }
        return op.editedByScripts || !r.input.containsKey(field) || r.input.get(field) != value;
    }

    private static void checkUnique(OperationRun op, FieldDef f) {
        Set<Object> seen = new HashSet<>();
        for (Rec r : op.records) {
            Object v = Store.column(f, r.values.get(f.name()));
            if (v == null) {
                continue;
            }
            if (!seen.add(v)) {
                throw Refusal.rejected(op.object.apiName() + "." + f.name() + " must be unique: " + Values.show(v)
                        + " appears twice in this " + op.kind.jsonName());
            }
            List<String> ids = op.ctx.store().idsWhere(op.object, f.name(), v, 2);
            if (ids.stream().anyMatch(id -> !id.equals(r.id)) && !(op.kind == Operation.Kind.CREATE && ids.isEmpty())) {
                throw Refusal.rejected(op.object.apiName() + "." + f.name() + " must be unique: " + Values.show(v)
                        + " already exists");
            }
        }
    }
}
