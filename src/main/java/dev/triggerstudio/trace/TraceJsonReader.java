package dev.triggerstudio.trace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads back what {@link TraceJsonWriter} writes ({@code --trace}, or a trace saved from the IDE)
 * into the same {@link OperationTrace} and {@link TraceNode}s a live run gives. Fields it does not
 * know are skipped, so that a trace written by a newer Trigger Studio still opens. Recorded lines
 * are not read back: they live in the run's spill file, which a saved trace does not carry. Like a
 * finished live operation, what it returns is frozen.
 */
public final class TraceJsonReader {
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> RECORDS = new TypeReference<>() { };

    private TraceJsonReader() {
    }

    public static BatchTrace read(InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("not a trace: expected an object with \"operations\" and \"async\"");
        }
        return new BatchTrace(operations(root.path("operations")), operations(root.path("async")));
    }

    private static List<OperationTrace> operations(JsonNode array) throws IOException {
        List<OperationTrace> out = new ArrayList<>();
        for (JsonNode o : array) {
            out.add(operation(o));
        }
        return out;
    }

    private static OperationTrace operation(JsonNode o) throws IOException {
        boolean async = o.hasNonNull("source");
        OperationTrace op = async
                ? new OperationTrace(o.path("operation").asInt(), "async", text(o, "object"), text(o, "source"))
                : new OperationTrace(o.path("index").asInt(), text(o, "op"), text(o, "object"), null);
        op.status(text(o, "status"));
        op.error(error(o.get("error")));
        if (o.has("records")) {
            op.records(Json.MAPPER.convertValue(o.get("records"), RECORDS));
        }
        for (JsonNode n : o.path("steps")) {
            op.steps().add(node(n));
        }
        op.freeze(); // read back as a live run leaves it: finished, read-only
        return op;
    }

    private static TraceNode node(JsonNode n) throws IOException {
        String name = text(n, "step");
        StepName step = StepName.of(name).orElseThrow(() -> new IOException(
                "unknown step \"" + name + "\" at seq " + n.path("seq").asInt() + ": this trace was written by another version of Trigger Studio"));
        TraceNode node = new TraceNode(n.path("seq").asInt(), step, text(n, "source"), n.path("depth").asInt());
        node.status(text(n, "status"));
        node.detail(text(n, "detail"));
        node.durationUs(n.path("duration_us").asLong());
        for (JsonNode r : n.path("records")) {
            node.records().add(change(r));
        }
        for (JsonNode l : n.path("logs")) {
            node.log(text(l, "level"), text(l, "message"));
        }
        if (n.hasNonNull("metrics")) {
            node.metrics().putAll(Json.MAPPER.convertValue(n.get("metrics"), RECORD));
        }
        node.error(error(n.get("error")));
        node.parentEvent(n.path("parent_event").asInt(-1));
        for (JsonNode c : n.path("children")) {
            node.children().add(node(c));
        }
        return node;
    }

    private static RecordChange change(JsonNode r) {
        List<RecordChange.FieldWrite> writes = null;
        if (r.has("writes")) {
            writes = new ArrayList<>();
            for (JsonNode w : r.get("writes")) {
                writes.add(new RecordChange.FieldWrite(text(w, "field"), w.path("line").asInt()));
            }
        }
        return new RecordChange(text(r, "id"), record(r.get("before")), record(r.get("after")), writes);
    }

    private static Map<String, Object> record(JsonNode value) {
        return value == null || value.isNull() ? null : Json.MAPPER.convertValue(value, RECORD);
    }

    private static TraceError error(JsonNode e) {
        if (e == null || e.isNull()) {
            return null;
        }
        Integer line = e.hasNonNull("line") ? e.get("line").asInt() : null;
        return new TraceError(text(e, "message"), text(e, "step"), text(e, "source"), line);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
