package dev.triggerstudio.engine;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one simulation shares: project, store, runtimes, clock, ids, and the trace listener. */
final class Simulation {
    private final Simulator simulator;
    private final Project project;
    private final Store store;
    private final TraceListener listener;
    private final boolean wantsRecords;
    private final Permissions permissions;
    private final Lookups lookups;
    private final FieldFormatter formatter;
    private final SqlGuard sql;
    private final Mocks mocks;
    private final SimClock clock;
    private final IdGenerator ids;
    private int seq;

    Simulation(Simulator simulator, TraceListener listener, SimClock clock, IdGenerator ids) {
        this.simulator = simulator;
        this.project = simulator.project();
        this.store = simulator.store();
        this.listener = listener;
        this.wantsRecords = listener.wantsRecords();
        this.permissions = new Permissions(project.users());
        this.lookups = new Lookups(project, store);
        this.formatter = new FieldFormatter(project.settings().effectiveCountry());
        this.sql = new SqlGuard(project, store, permissions);
        this.mocks = new Mocks(project.mocks());
        this.clock = clock;
        this.ids = ids;
    }

    Project project() {
        return project;
    }

    Store store() {
        return store;
    }

    Limits limits() {
        return project.limits();
    }

    Permissions permissions() {
        return permissions;
    }

    Lookups lookups() {
        return lookups;
    }

    FieldFormatter formatter() {
        return formatter;
    }

    SqlGuard sql() {
        return sql;
    }

    Mocks mocks() {
        return mocks;
    }

    SimClock clock() {
        return clock;
    }

    IdGenerator ids() {
        return ids;
    }

    TraceListener listener() {
        return listener;
    }

    boolean wantsRecords() {
        return wantsRecords;
    }

    // ---- trace ------------------------------------------------------------------------------

    TraceNode node(StepName step, String source, int depth) {
        return new TraceNode(++seq, step, source, depth);
    }

    /** A lifecycle step of op starts: it hangs under the op's nested node, or at the top. */
    void started(OperationRun op, TraceNode node) {
        if (op.parent == null) {
            op.trace.steps().add(node);
        } else {
            op.parent.children().add(node);
        }
        listener.stepStarted(op.trace, op.parent, node);
    }

    void started(OperationRun op, TraceNode parent, TraceNode child) {
        listener.stepStarted(op.trace, parent, child);
    }

    void finished(OperationRun op, TraceNode node) {
        listener.stepFinished(op.trace, node);
    }

    // ---- what runs --------------------------------------------------------------------------

    List<TriggerDef> triggers(ObjectDef o, Timing timing, Operation.Kind kind) {
        return project.triggers().values().stream()
                .filter(t -> t.active() && t.timing() == timing && o.apiName().equals(t.object())
                        && t.listensTo(kind.event()) && !(kind == Operation.Kind.LIST && t.skipOnList()))
                .sorted(Comparator.comparingInt(TriggerDef::order).thenComparing(TriggerDef::id))
                .toList();
    }

    List<AutomationDef> automations(ObjectDef o, Timing timing, Operation.Kind kind) {
        return project.automations().values().stream()
                .filter(a -> a.active() && a.timing() == timing && o.apiName().equals(a.object()) && a.listensTo(kind.event()))
                .sorted(Comparator.comparingInt(AutomationDef::order).thenComparing(AutomationDef::id))
                .toList();
    }

    CompiledScript compiled(TriggerDef t) {
        return simulator.compiled(t, () -> {
            ScriptRuntime runtime = simulator.runtimes().get(t.language()).orElseThrow(() -> ScriptException.failed(
                    "no runtime for " + t.language().jsonName() + " triggers is installed", t.scriptPath(), 0));
            return runtime.compile(new ScriptSource(t.scriptPath(), project.script(t.id()), t));
        });
    }

    /** The user a trigger acts as: its owner (default) or the operation's user. */
    User actor(TriggerDef t, User current) {
        if (t.actsAsCurrentUser()) {
            return current;
        }
        String owner = t.owner() != null ? t.owner() : project.settings().defaultUser();
        return owner == null ? systemUser() : project.user(owner).orElse(systemUser());
    }

    User systemUser() {
        return new User("system", "System", List.of(), true, null);
    }

    Map<String, Object> userMap(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("name", u.name());
        m.put("groups", u.groups());
        m.put("admin", u.admin());
        return m;
    }

    // ---- nested operations, outbox, async ---------------------------------------------------

    List<Map<String, Object>> nested(OperationRun parent, EngineHost host, Operation.Kind kind, String object,
                                     List<Map<String, Object>> records, List<String> idList) {
        int depth = parent.depth + 1;
        if (depth > limits().maxDepth()) {
            throw Refusal.failed("max_depth " + limits().maxDepth() + " exceeded: " + host.source() + " started a "
                    + kind.jsonName() + " of " + object + " " + depth + " levels deep; look for triggers that fire each other");
        }
        ObjectDef o = project.objects().get(object);
        TraceNode opNode = node(StepName.OPERATION, host.source(), depth);
        host.node().children().add(opNode);
        started(parent, host.node(), opNode);
        OperationRun child = new OperationRun(this, kind, o, host.actor(), depth, parent.limiter, parent.trace, opNode,
                idList, null, parent.asyncJobs);
        Records.build(child, records, idList);
        opNode.detail(child.describe() + " as " + host.actor().id());
        int queued = parent.asyncJobs.size();
        Savepoint sp = store.savepoint();
        long t0 = System.nanoTime();
        try {
            Lifecycle.run(child);
            store.release(sp);
            opNode.metrics().put("status", "committed");
            return child.response;
        } catch (Refusal r) {
            store.rollbackTo(sp);
            lookups.forget();
            parent.asyncJobs.subList(queued, parent.asyncJobs.size()).clear();
            opNode.status(r.status());
            opNode.error(r.traceError(null));
            throw r;
        } finally {
            opNode.durationUs((System.nanoTime() - t0) / 1000);
            finished(parent, opNode);
        }
    }

    Map<String, Object> outbox(OperationRun op, String kind, String source, Map<String, Object> payload, TraceNode node) {
        Map<String, Object> stored = new LinkedHashMap<>(payload);
        String json = Json.compact(payload);
        store.executeRepeated("INSERT INTO _studio_outbox(kind, source, payload, read, created) VALUES(?, ?, ?, 0, ?)", kind,
                source, json, op.now);
        node.log("info", kind + ": " + json);
        return stored;
    }

    int outboxMarkRead(List<Map<String, Object>> filters) {
        int count = 0;
        for (Map<String, Object> row : store.query("SELECT seq, payload FROM _studio_outbox WHERE kind = 'notification' AND read = 0")) {
            Map<String, Object> payload = Records.parseObject((String) row.get("payload"));
            if (filters.stream().anyMatch(f -> f.entrySet().stream().allMatch(e -> Values.same(payload.get(e.getKey()), e.getValue())))) {
                store.execute("UPDATE _studio_outbox SET read = 1 WHERE seq = ?", row.get("seq"));
                count++;
            }
        }
        return count;
    }

    void queueAsync(OperationRun op) {
        for (TriggerDef t : triggers(op.object, Timing.ASYNC, op.kind)) {
            queue(op, t, null, rec -> RunWhenMatcher.matches(t.runWhen(), rec.values, rec.old));
        }
        for (AutomationDef a : automations(op.object, Timing.ASYNC, op.kind)) {
            queue(op, null, a, rec -> RunWhenMatcher.matches(a.runWhen(), rec.values, rec.old));
        }
    }

    private void queue(OperationRun op, TriggerDef t, AutomationDef a, java.util.function.Predicate<Rec> passes) {
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
        store.executeRepeated("INSERT INTO _studio_async_queue(operation, source, event, object, record_ids, status, created)"
                        + " VALUES(?, ?, ?, ?, ?, 'queued', ?)", op.trace.index(), job.source(), op.kind.event().jsonName(),
                op.object.apiName(), Json.compact(recs.stream().map(m -> m.get(SystemFields.ID)).toList()), op.now);
    }
}
