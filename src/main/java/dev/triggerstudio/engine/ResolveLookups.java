package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;
import java.util.Map;

/** Turns ids or names into lookups and rejects unknown targets. */
final class ResolveLookups implements Step {
    @Override
    public StepName name() {
        return StepName.RESOLVE_LOOKUPS;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        List<FieldDef> lookups = op.object.fields().stream().filter(f -> f.type() == FieldType.LOOKUP).toList();
        if (lookups.isEmpty()) {
            node.status(Status.SKIPPED);
            node.detail(op.object.apiName() + " has no lookup fields");
            return;
        }
        int resolved = 0;
        for (Rec r : op.records) {
            for (FieldDef f : lookups) {
                resolved += resolve(op, r, f) ? 1 : 0;
            }
        }
        node.detail("resolved " + resolved + " lookup value" + (resolved == 1 ? "" : "s"));
    }

    static boolean resolve(OperationRun op, Rec r, FieldDef f) {
        Object v = r.values.get(f.name());
        if (v == null || (v instanceof String s && s.isEmpty())) {
            r.values.put(f.name(), null);
            return false;
        }
        if (r.old != null && v instanceof Map<?, ?> && v.equals(r.old.get(f.name()))) {
            return false; // unchanged by the update: already resolved when it was saved
        }
        Map<String, Object> found = op.ctx.lookups().resolve(f.to(), v);
        if (found == null) {
            throw Refusal.rejected(op.object.apiName() + "." + f.name() + ": no " + f.to() + " with id or name "
                    + Values.show(Values.lookupId(v)));
        }
        r.values.put(f.name(), found);
        return true;
    }
}
