package dev.triggerstudio.trace.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.golden.Difference.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two traces (golden and new, both as written by {@link GoldenTrace}) by behaviour:
 * operation status and error; per step status, error, queries and DML, logs and the records it
 * changed, field by field. Steps are matched by name and source (the n-th {@code trigger:x} with
 * the n-th), not by position, so an added trigger shows as one added step. A record's field change
 * (same record, field, old and new value) is told once per operation, at the first step that shows
 * it, and a later operation that only fetches the stored result again does not repeat it. Ignored: durations, seq numbers, details (they repeat counts already compared) and
 * instruction counts (they change with any edit of a script, not only with its behaviour).
 */
public final class TraceDiff {
    private final List<Difference> differences = new ArrayList<>();
    private final Set<String> told = new HashSet<>();
    private final Set<String> toldEver = new HashSet<>();
    private int index;
    private String label;

    private TraceDiff() {
    }

    public static TraceDiff compare(JsonNode golden, JsonNode actual) {
        TraceDiff d = new TraceDiff();
        d.operations(golden.path("operations"), actual.path("operations"), "/operations", false);
        d.operations(golden.path("async"), actual.path("async"), "/async", true);
        return d;
    }

    public List<Difference> differences() {
        return List.copyOf(differences);
    }

    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** One readable line per difference. */
    public List<String> lines() {
        return differences.stream().map(Difference::describe).toList();
    }

    private void operations(JsonNode golden, JsonNode actual, String pointer, boolean async) {
        int n = Math.max(golden.size(), actual.size());
        for (int i = 0; i < n; i++) {
            JsonNode g = golden.path(i);
            JsonNode a = actual.path(i);
            index = i;
            label = opLabel(g.isMissingNode() ? a : g, async);
            told.clear();
            String p = pointer + "/" + i;
            if (g.isMissingNode() || a.isMissingNode()) {
                add(g.isMissingNode() ? Kind.ADDED : Kind.REMOVED, null, null, null, text(g.path("status")),
                        text(a.path("status")), g.isMissingNode() ? null : p, a.isMissingNode() ? null : p);
                continue;
            }
            value(null, null, "status", g.path("status"), a.path("status"), p, p);
            error(null, g.path("error"), a.path("error"), p, p);
            nodes(g.path("steps"), a.path("steps"), null, p + "/steps", p + "/steps");
            records(null, g.path("records"), a.path("records"), p, p);
        }
    }

    private static String opLabel(JsonNode op, boolean async) {
        if (async) {
            return "async " + op.path("source").asText() + " (from op #" + op.path("operation").asInt() + ")";
        }
        return "op #" + op.path("index").asInt() + " " + op.path("op").asText() + " " + op.path("object").asText();
    }

    private void nodes(JsonNode golden, JsonNode actual, String parent, String gp, String ap) {
        Map<String, Integer> gKeys = keys(golden);
        Map<String, Integer> aKeys = keys(actual);
        Set<String> all = new LinkedHashSet<>(gKeys.keySet());
        all.addAll(aKeys.keySet());
        for (String key : all) {
            Integer gi = gKeys.get(key);
            Integer ai = aKeys.get(key);
            JsonNode any = gi != null ? golden.get(gi) : actual.get(ai);
            String step = (parent == null ? "" : parent + " > ") + name(any);
            if (gi == null || ai == null) {
                add(gi == null ? Kind.ADDED : Kind.REMOVED, step, null, null, gi == null ? null : text(golden.get(gi).path("status")),
                        ai == null ? null : text(actual.get(ai).path("status")), gi == null ? null : gp + "/" + gi,
                        ai == null ? null : ap + "/" + ai);
                continue;
            }
            node(step, golden.get(gi), actual.get(ai), gp + "/" + gi, ap + "/" + ai);
        }
    }

    private void node(String step, JsonNode g, JsonNode a, String gp, String ap) {
        value(step, null, "status", g.path("status"), a.path("status"), gp, ap);
        error(step, g.path("error"), a.path("error"), gp, ap);
        for (String metric : List.of("queries", "dml")) {
            value(step, null, metric, g.path("metrics").path(metric), a.path("metrics").path(metric), gp, ap);
        }
        logs(step, g.path("logs"), a.path("logs"), gp, ap);
        records(step, g.path("records"), a.path("records"), gp, ap);
        nodes(g.path("children"), a.path("children"), step, gp + "/children", ap + "/children");
    }

    /** Steps keyed by name and source, numbered when the same one repeats (chunks, nested operations). */
    private static Map<String, Integer> keys(JsonNode list) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String base = name(list.get(i));
            int n = seen.merge(base, 1, Integer::sum);
            out.put(base + "#" + n, i);
        }
        return out;
    }

    private static String name(JsonNode node) {
        String step = node.path("step").asText();
        String source = node.path("source").asText(null);
        boolean run = StepName.of(step).map(StepName::isRun).orElse(false);
        return source == null || source.isEmpty() ? step : run ? source : step + " " + source;
    }

    private void error(String step, JsonNode g, JsonNode a, String gp, String ap) {
        if (g.isNull() || a.isNull() || g.isMissingNode() || a.isMissingNode()) {
            value(step, null, "error", g.path("message"), a.path("message"), gp, ap);
            return;
        }
        for (String f : List.of("message", "step", "source", "line")) {
            value(step, null, "error." + f, g.path(f), a.path(f), gp, ap);
        }
    }

    private void logs(String step, JsonNode g, JsonNode a, String gp, String ap) {
        int n = Math.max(g.size(), a.size());
        for (int i = 0; i < n; i++) {
            value(step, null, "log", g.path(i).path("message"), a.path(i).path("message"), gp, ap);
        }
    }

    /** Records matched by id; for each, the fields of after (before when a delete left no after). */
    private void records(String step, JsonNode g, JsonNode a, String gp, String ap) {
        Map<String, JsonNode> gRecs = byId(g);
        Map<String, JsonNode> aRecs = byId(a);
        Set<String> ids = new LinkedHashSet<>(gRecs.keySet());
        ids.addAll(aRecs.keySet());
        for (String id : ids) {
            JsonNode gr = state(gRecs.getOrDefault(id, MissingNode.getInstance()));
            JsonNode ar = state(aRecs.getOrDefault(id, MissingNode.getInstance()));
            if (gr.isMissingNode() || ar.isMissingNode()) {
                once(gr.isMissingNode() ? Kind.ADDED : Kind.REMOVED, step, id, null, gr.isMissingNode() ? null : "a change",
                        ar.isMissingNode() ? null : "a change", gp, ap);
                continue;
            }
            Set<String> fields = new LinkedHashSet<>();
            gr.fieldNames().forEachRemaining(fields::add);
            ar.fieldNames().forEachRemaining(fields::add);
            fields.forEach(f -> recordField(step, id, f, gr.path(f), ar.path(f), gp, ap));
        }
    }

    private void recordField(String step, String id, String f, JsonNode g, JsonNode a, String gp, String ap) {
        if (sameValue(g, a)) {
            return;
        }
        String k = id + "\u0000" + f + "\u0000" + key(g) + "\u0000" + key(a);
        boolean fetched = step != null && (step.endsWith(StepName.FETCH_OLD_DATA.jsonName())
                || step.endsWith(StepName.FETCH_RECORDS.jsonName()));
        boolean carried = fetched && toldEver.contains(k);
        toldEver.add(k);
        if (told.add(k) && !carried) {
            add(Kind.CHANGED, step, id, f, text(g), text(a), gp, ap);
        }
    }

    /** 0 and 0.0 are one value: the same change told with either is told once. */
    private static String key(JsonNode v) {
        return v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : text(v);
    }

    private static JsonNode state(JsonNode change) {
        if (change.has("after") || change.has("before")) {
            JsonNode after = change.path("after");
            return after.isNull() || after.isMissingNode() ? change.path("before") : after;
        }
        return change; // an operation's returned record is the state itself
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            JsonNode r = it.next();
            out.putIfAbsent(r.path("id").asText(), r);
        }
        return out;
    }

    private void value(String step, String record, String field, JsonNode g, JsonNode a, String gp, String ap) {
        if (!sameValue(g, a)) {
            add(Kind.CHANGED, step, record, field, text(g), text(a), gp, ap);
        }
    }

    /** Record changes are told once per operation: later steps carry the same change on. */
    private void once(Kind kind, String step, String record, String field, String before, String after, String gp, String ap) {
        if (told.add(record + "\u0000" + field + "\u0000" + before + "\u0000" + after)) {
            add(kind, step, record, field, before, after, gp, ap);
        }
    }

    private void add(Kind kind, String step, String record, String field, String before, String after, String gp, String ap) {
        differences.add(new Difference(kind, index, label, step, record, field, before, after, gp, ap));
    }

    /** Missing and null are the same; numbers compare by value (400 and 400.0 are one amount). */
    private static boolean sameValue(JsonNode g, JsonNode a) {
        boolean gNone = g.isMissingNode() || g.isNull();
        boolean aNone = a.isMissingNode() || a.isNull();
        if (gNone || aNone) {
            return gNone == aNone;
        }
        if (g.isNumber() && a.isNumber()) {
            return g.decimalValue().compareTo(a.decimalValue()) == 0;
        }
        return g.equals(a);
    }

    private static String text(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return "null";
        }
        return v.isTextual() ? "\"" + v.asText() + "\"" : v.toString();
    }
}
