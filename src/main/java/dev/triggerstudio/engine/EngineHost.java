package dev.triggerstudio.engine;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.ConfigEntry;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.User;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one trigger run may do, on behalf of its actor. Reads are filtered by the actor's
 * permissions; writes are nested operations one level deeper; everything counts against the
 * operation's limits and lands in the trigger's trace node.
 */
final class EngineHost implements ScriptHost {
    private final OperationRun op;
    private final User actor;
    private final String source;
    private final TraceNode node;
    private String rejection;
    private Integer rejectionLine;
    private final TriggerLines lines;

    EngineHost(OperationRun op, User actor, String source, TraceNode node) {
        this(op, actor, source, node, null);
    }

    EngineHost(OperationRun op, User actor, String source, TraceNode node, TriggerLines lines) {
        this.lines = lines;
        this.op = op;
        this.actor = actor;
        this.source = source;
        this.node = node;
    }

    String rejection() {
        return rejection;
    }

    Integer rejectionLine() {
        return rejectionLine;
    }

    @Override
    public TriggerLines lines() {
        return lines;
    }

    @Override
    public Project project() {
        return op.ctx.project();
    }

    @Override
    public ObjectDef objectDef(String apiName) {
        return op.ctx.project().objects().get(apiName);
    }

    private ObjectDef requireObject(String apiName) {
        ObjectDef o = objectDef(apiName);
        if (o == null) {
            throw ScriptException.failed("unknown object \"" + apiName + "\" (expected one of "
                    + String.join(", ", op.ctx.project().objects().keySet()) + ")", null, 0);
        }
        return o;
    }

    @Override
    public Map<String, Object> loadRecord(String object, String id) {
        ObjectDef o = requireObject(object);
        count(() -> op.limiter.query());
        if (id == null) {
            return null;
        }
        Map<String, Object> r = op.ctx.store().get(o, id);
        if (r == null || !op.ctx.permissions().canSee(actor, o, r)) {
            return null;
        }
        return op.ctx.permissions().redact(actor, o, op.ctx.lookups().named(o, r));
    }

    @Override
    public boolean existsRecord(String object, String id) {
        return loadRecord(object, id) != null;
    }

    @Override
    public Iterable<Map<String, Object>> scan(String object) {
        ObjectDef o = requireObject(object);
        count(() -> op.limiter.query());
        List<Map<String, Object>> visible = new ArrayList<>();
        op.ctx.store().forEach(o, r -> {
            if (op.ctx.permissions().canSee(actor, o, r)) {
                visible.add(op.ctx.permissions().redact(actor, o, op.ctx.lookups().named(o, r)));
            }
        });
        return visible;
    }

    @Override
    public List<Map<String, Object>> querySql(String sql, boolean bypassCache) {
        count(() -> op.limiter.query());
        try {
            List<Map<String, Object>> rows = op.ctx.sql().query(actor, sql, bypassCache);
            node.log("info", "query.sql: " + oneLine(sql) + " → " + rows.size() + " row" + (rows.size() == 1 ? "" : "s"));
            return rows;
        } catch (IllegalArgumentException e) {
            throw ScriptException.failed("query.sql: " + e.getMessage(), null, 0);
        }
    }

    @Override
    public List<Map<String, Object>> create(String object, List<Map<String, Object>> records) {
        return write(Operation.Kind.CREATE, object, records, null);
    }

    @Override
    public List<Map<String, Object>> update(String object, List<Map<String, Object>> records) {
        return write(Operation.Kind.UPDATE, object, records, null);
    }

    @Override
    public List<Map<String, Object>> delete(String object, List<String> ids) {
        return write(Operation.Kind.DELETE, object, null, ids);
    }

    private List<Map<String, Object>> write(Operation.Kind kind, String object, List<Map<String, Object>> records,
                                            List<String> ids) {
        requireObject(object);
        int rows = records != null ? records.size() : ids.size();
        count(() -> op.limiter.dml(rows));
        try {
            return op.nested.run(op, this, kind, object, records, ids);
        } catch (Refusal r) {
            throw new ScriptException(r.kind() == Refusal.Kind.REJECTED ? ScriptException.Kind.REJECTED
                    : ScriptException.Kind.FAILED, "nested " + kind.jsonName() + " of " + object + " "
                    + r.status() + ": " + r.getMessage(), null, 0);
        }
    }

    User actor() {
        return actor;
    }

    String source() {
        return source;
    }

    TraceNode node() {
        return node;
    }

    @Override
    public void log(String level, String message) {
        String l = level == null ? "info" : level.toLowerCase();
        count(() -> op.limiter.log(message == null ? 4 : message.length()));
        node.log(l.equals("warn") ? "warning" : l, message == null ? "None" : message);
    }

    @Override
    public void reject(String message, int line) {
        if (rejection == null) {
            rejection = message == null || message.isBlank() ? "rejected by " + source : message;
            rejectionLine = line > 0 ? line : null;
        }
        node.log("error", "rejectTransaction: " + message);
    }

    @Override
    public Map<String, Object> config(String apiName) {
        ConfigEntry c = op.ctx.project().configs().get(apiName);
        return c == null ? null : new LinkedHashMap<>(c.values() == null ? Map.of() : c.values());
    }

    @Override
    public List<Map<String, Object>> notify(List<Map<String, Object>> notifications) {
        List<Map<String, Object>> stored = new ArrayList<>();
        for (Map<String, Object> n : notifications) {
            stored.add(op.nested.outbox(op, "notification", source, n, node));
        }
        return stored;
    }

    @Override
    public int markRead(List<Map<String, Object>> filters) {
        int n = op.nested.outboxMarkRead(filters);
        node.log("info", "mark_read: " + n + " notification" + (n == 1 ? "" : "s"));
        return n;
    }

    @Override
    public Object integration(String service, String method, List<Object> args) {
        Object answer = op.ctx.mocks().answer(service, method, args);
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("service", service);
        call.put("method", method);
        call.put("args", args);
        op.nested.outbox(op, "integration", source, call, node);
        return answer;
    }

    @Override
    public Object runFunction(String name, Map<String, Object> kwargs) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("name", name);
        call.put("kwargs", kwargs);
        op.nested.outbox(op, "function", source, call, node);
        return op.ctx.mocks().task("functions", name);
    }

    @Override
    public Object runWorkflow(String workflowId, Object data) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("workflow_id", workflowId);
        call.put("data", data);
        op.nested.outbox(op, "workflow", source, call, node);
        return op.ctx.mocks().task("workflows", workflowId);
    }

    @Override
    public String formatPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String e164 = op.ctx.formatter().phone(phone);
        return e164 == null ? phone : e164;
    }

    /** Limits are failures of the trigger, reported as a ScriptException so runtimes pass them on. */
    private static void count(Runnable counter) {
        try {
            counter.run();
        } catch (Refusal r) {
            throw ScriptException.failed(r.getMessage(), null, 0);
        }
    }

    private static String oneLine(String sql) {
        String s = sql.replaceAll("\\s+", " ").trim();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
