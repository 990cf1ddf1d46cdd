package dev.triggerstudio.engine;

import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What an operation starts beyond itself: nested operations (run through the same lifecycle one
 * level deeper, inside the same transaction), outbox entries, and the async jobs it queues. The
 * lifecycle comes in as a function so that nothing here points back up to the orchestrator.
 */
final class NestedOperations {
    private final RunContext ctx;
    private final Tracer tracer;
    private final Consumer<OperationRun> lifecycle;

    NestedOperations(RunContext ctx, Tracer tracer, Consumer<OperationRun> lifecycle) {
        this.ctx = ctx;
        this.tracer = tracer;
        this.lifecycle = lifecycle;
    }

    /** Runs a write a trigger or automation asked for; a refusal rolls back only what it did. */
    List<Map<String, Object>> run(OperationRun parent, EngineHost host, Operation.Kind kind, String object,
                                  List<Map<String, Object>> records, List<String> idList) {
        int depth = parent.depth + 1;
        if (depth > ctx.limits().maxDepth()) {
            throw Refusal.failed("max_depth " + ctx.limits().maxDepth() + " exceeded: " + host.source() + " started a "
                    + kind.jsonName() + " of " + object + " " + depth + " levels deep; look for triggers that fire each other");
        }
        ObjectDef o = ctx.project().objects().get(object);
        TraceNode opNode = tracer.startChild(parent, host.node(), StepName.OPERATION, host.source(), depth);
        if (host.lines() != null) {
            opNode.parentEvent(host.lines().currentEvent()); // the line of the trigger that started it
        }
        OperationRun child = new OperationRun(parent, kind, o, host.actor(), depth, opNode, idList);
        Records.build(child, records, idList);
        opNode.detail(child.describe() + " as " + host.actor().id());
        return tracer.timed(parent, opNode, () -> runInSavepoint(parent, child, opNode));
    }

    private List<Map<String, Object>> runInSavepoint(OperationRun parent, OperationRun child, TraceNode opNode) {
        Store store = ctx.store();
        int queued = parent.asyncJobs.size();
        Savepoint sp = store.savepoint();
        try {
            lifecycle.accept(child);
        } catch (Refusal r) {
            store.rollbackTo(sp);
            ctx.lookups().forget();
            parent.asyncJobs.subList(queued, parent.asyncJobs.size()).clear();
            throw r;
        }
        store.release(sp);
        opNode.metrics().put("status", "committed");
        return child.response;
    }

    // ---- outbox -----------------------------------------------------------------------------

    Map<String, Object> outbox(OperationRun op, String kind, String source, Map<String, Object> payload, TraceNode node) {
        Map<String, Object> stored = new LinkedHashMap<>(payload);
        String json = Json.compact(payload);
        ctx.store().executeRepeated("INSERT INTO _studio_outbox(kind, source, payload, read, created) VALUES(?, ?, ?, 0, ?)",
                kind, source, json, op.now);
        node.log("info", kind + ": " + json);
        return stored;
    }

    int outboxMarkRead(List<Map<String, Object>> filters) {
        int count = 0;
        Store store = ctx.store();
        for (Map<String, Object> row : store.query("SELECT seq, payload FROM _studio_outbox WHERE kind = 'notification' AND read = 0")) {
            Map<String, Object> payload = Records.parseObject((String) row.get("payload"));
            if (filters.stream().anyMatch(f -> f.entrySet().stream().allMatch(e -> Values.same(payload.get(e.getKey()), e.getValue())))) {
                store.execute("UPDATE _studio_outbox SET read = 1 WHERE seq = ?", row.get("seq"));
                count++;
            }
        }
        return count;
    }

    // ---- async queue ------------------------------------------------------------------------

    void queueAsync(OperationRun op) {
        for (TriggerDef t : ctx.triggers(op.object, Timing.ASYNC, op.kind)) {
            queue(op, t, null, rec -> RunWhenMatcher.matches(t.runWhen(), rec.values, rec.old));
        }
        for (AutomationDef a : ctx.automations(op.object, Timing.ASYNC, op.kind)) {
            queue(op, null, a, rec -> RunWhenMatcher.matches(a.runWhen(), rec.values, rec.old));
        }
    }

    private void queue(OperationRun op, TriggerDef t, AutomationDef a, Predicate<Rec> passes) {
        List<Map<String, Object>> recs = new ArrayList<>();
        List<Map<String, Object>> olds = new ArrayList<>();
        for (Rec r : op.records) {
            if (passes.test(r)) {
                recs.add(Values.deepCopy(op.kind == Operation.Kind.DELETE ? r.old : r.values));
                olds.add(Values.deepCopy(r.old));
            }
        }
        if (recs.isEmpty()) {
            return;
        }
        AsyncJob job = new AsyncJob(op.trace.index(), t, a, op.kind.event(), op.object, op.user, recs, olds);
        op.asyncJobs.add(job);
        ctx.store().executeRepeated("INSERT INTO _studio_async_queue(operation, source, event, object, record_ids, status, created)"
                        + " VALUES(?, ?, ?, ?, ?, 'queued', ?)", op.trace.index(), job.source(), op.kind.event().jsonName(),
                op.object.apiName(), Json.compact(recs.stream().map(m -> m.get(SystemFields.ID)).toList()), op.now);
    }
}
