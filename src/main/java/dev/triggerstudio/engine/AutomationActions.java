package dev.triggerstudio.engine;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four automation actions. Automations act in system context (like record-triggered flows):
 * create_record runs its nested operation as an administrator.
 */
final class AutomationActions {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private final OperationRun op;
    private final AutomationDef automation;
    private final TraceNode node;

    AutomationActions(OperationRun op, AutomationDef automation, TraceNode node) {
        this.op = op;
        this.automation = automation;
        this.node = node;
    }

    void apply(Action action, List<Rec> records) {
        switch (action.type()) {
            case SET_FIELD -> records.forEach(r -> r.values.put(action.field(), substitute(action.value(), r.values)));
            case VALIDATION_ERROR -> throw new Refusal(Refusal.Kind.REJECTED,
                    String.valueOf(substitute(action.message(), records.getFirst().values)), automation.source(), null);
            case CREATE_RECORD -> createRecords(action, records);
            case NOTIFY -> records.forEach(r -> notify(action, r));
        }
    }

    private void createRecords(Action action, List<Rec> records) {
        List<Map<String, Object>> toCreate = new ArrayList<>();
        for (Rec r : records) {
            Map<String, Object> values = new LinkedHashMap<>();
            if (action.values() != null) {
                action.values().forEach((k, v) -> values.put(k, substitute(v, r.values)));
            }
            toCreate.add(values);
        }
        EngineHost host = new EngineHost(op, op.ctx.systemUser(), automation.source(), node);
        op.nested.run(op, host, Operation.Kind.CREATE, action.object(), toCreate, null);
    }

    private void notify(Action action, Rec r) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("to", substitute(action.to(), r.values));
        n.put("title", substitute(action.title(), r.values));
        n.put("record_id", r.id);
        n.put("object", op.object.apiName());
        op.nested.outbox(op, "notification", automation.source(), n, node);
    }

    /** Replaces {{field}} with the record's value; a whole-placeholder value keeps its type. */
    static Object substitute(Object template, Map<String, Object> record) {
        if (!(template instanceof String s)) {
            return template;
        }
        Matcher whole = PLACEHOLDER.matcher(s);
        if (whole.matches()) {
            return display(record.get(whole.group(1)));
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = display(record.get(m.group(1)));
            m.appendReplacement(sb, Matcher.quoteReplacement(text(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Object display(Object v) {
        return v instanceof Map<?, ?> lookup && lookup.containsKey("id") ? lookup.get("id") : v;
    }

    /** 1000.0 reads as 1000 inside text. */
    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }
}
