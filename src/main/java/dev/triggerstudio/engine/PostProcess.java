package dev.triggerstudio.engine;

import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;

/** Cache invalidation, git sync and role hierarchy: each says whether it applied. */
final class PostProcess implements Step {
    @Override
    public StepName name() {
        return StepName.POST_PROCESS;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        op.ctx.sql().clear();
        op.ctx.lookups().forget();
        boolean ownerChange = op.object.ownership() && op.kind != Operation.Kind.DELETE
                && op.records.stream().anyMatch(r -> r.old == null || !Values.same(r.old.get(SystemFields.OWNER),
                r.values.get(SystemFields.OWNER)));
        node.metrics().put("cache_invalidation", true);
        node.metrics().put("git_sync", false);
        node.metrics().put("role_hierarchy", ownerChange);
        node.detail("cache invalidated for " + op.object.apiName() + "; git sync not enabled; role hierarchy "
                + (ownerChange ? "updated for new owners" : "unchanged"));
    }
}
