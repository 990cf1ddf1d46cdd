package dev.triggerstudio.engine;

import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.Map;

/** Reads the records of a read or list with the user's permissions. */
final class FetchRecords implements Step {
    @Override
    public StepName name() {
        return StepName.FETCH_RECORDS;
    }

    @Override
    public boolean listsAllRecords() {
        return true;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        RunContext ctx = op.ctx;
        if (op.kind == Operation.Kind.READ) {
            for (String id : op.ids) {
                Map<String, Object> rec = ctx.store().get(op.object, id);
                if (rec == null || !ctx.permissions().canSee(op.user, op.object, rec)) {
                    throw Refusal.rejected("no " + op.object.apiName() + " with id \"" + id + "\" that "
                            + op.user.id() + " may see");
                }
                add(op, rec);
            }
        } else {
            ctx.store().forEach(op.object, rec -> {
                if (ctx.permissions().canSee(op.user, op.object, rec)
                        && RunWhenMatcher.matches(op.where, ctx.lookups().named(op.object, rec), null)) {
                    add(op, rec);
                }
            });
        }
        node.detail("fetched " + op.records.size() + " record" + (op.records.size() == 1 ? "" : "s"));
    }

    private static void add(OperationRun op, Map<String, Object> rec) {
        Map<String, Object> named = op.ctx.permissions().redact(op.user, op.object, op.ctx.lookups().named(op.object, rec));
        Rec r = new Rec(op.records.size(), null, (String) rec.get(SystemFields.ID), named);
        r.old = null;
        op.records.add(r);
    }
}
