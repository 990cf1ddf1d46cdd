package dev.triggerstudio.engine;

import dev.triggerstudio.engine.Permissions.Verb;
import dev.triggerstudio.model.FieldAccess;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.Map;

/** Object, field and record access; on update only the fields that change need edit access. */
final class CheckPermissions implements Step {
    @Override
    public StepName name() {
        return StepName.CHECK_PERMISSIONS;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        Permissions p = op.ctx.permissions();
        Verb verb = switch (op.kind) {
            case CREATE -> Verb.CREATE;
            case UPDATE -> Verb.UPDATE;
            case DELETE -> Verb.DELETE;
            case READ, LIST -> Verb.READ;
        };
        if (!p.may(op.user, op.object, verb)) {
            throw Refusal.rejected(op.user.id() + " may not " + verb.name().toLowerCase() + " " + op.object.apiName()
                    + " records (no " + verb.name().toLowerCase() + " permission on " + op.object.apiName() + ")");
        }
        for (Rec r : op.records) {
            checkRecord(op, p, r);
        }
        node.detail(op.user.id() + (op.user.admin() ? " (admin)" : "") + " may " + verb.name().toLowerCase() + " "
                + op.object.apiName() + (op.records.isEmpty() ? "" : "; " + op.records.size() + " record(s) checked"));
    }

    private static void checkRecord(OperationRun op, Permissions p, Rec r) {
        if (op.kind == Operation.Kind.UPDATE || op.kind == Operation.Kind.DELETE) {
            if (!p.canSee(op.user, op.object, r.old)) {
                throw Refusal.rejected("no " + op.object.apiName() + " with id \"" + r.id + "\" that " + op.user.id() + " may see");
            }
            if (!p.canModify(op.user, op.object, r.old)) {
                throw Refusal.rejected(op.user.id() + " may not " + op.kind.jsonName() + " " + op.object.apiName() + " \""
                        + r.id + "\" owned by " + r.old.get(SystemFields.OWNER) + " (needs modify_all)");
            }
        }
        if (op.kind == Operation.Kind.CREATE || op.kind == Operation.Kind.UPDATE) {
            for (Map.Entry<String, Object> e : r.input.entrySet()) {
                String f = e.getKey();
                boolean changes = op.kind == Operation.Kind.CREATE || !Values.same(e.getValue(), r.old.get(f));
                if (!f.equals(SystemFields.ID) && changes && op.object.field(f).isPresent()
                        && p.field(op.user, op.object, f) != FieldAccess.EDIT) {
                    throw Refusal.rejected(op.user.id() + " may not edit field " + op.object.apiName() + "." + f
                            + " (field access " + p.field(op.user, op.object, f).jsonName() + ")");
                }
            }
        }
    }
}
