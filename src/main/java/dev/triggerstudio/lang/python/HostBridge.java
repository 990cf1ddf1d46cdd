package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.triggerstudio.lang.LineRecorder;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * The only Java object a trigger can reach: one exported method taking an operation name and its
 * arguments as JSON. It forwards to the {@link ScriptHost} of the run in progress; runs nest when
 * a trigger's nested operation fires the same trigger again, so hosts form a stack.
 *
 * <p>A host error does not cross into Python as a Java exception: Python gets a
 * {@code PlatformError} it may catch, and when it is not caught the original exception is thrown
 * again on the Java side with its kind (REJECTED or FAILED) intact.
 */
public final class HostBridge {
    private static final FlexmarkHtmlConverter HTML_TO_MD = FlexmarkHtmlConverter.builder(
            new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)).build();
    private final Deque<ScriptHost> hosts = new ArrayDeque<>();
    private final List<RuntimeException> errors = new ArrayList<>();

    void push(ScriptHost host) {
        if (hosts.isEmpty()) {
            errors.clear();
        }
        hosts.push(host);
    }

    void pop() {
        hosts.pop();
    }

    ScriptHost current() {
        return hosts.peek();
    }

    /** The host error Python re-raised without catching it. */
    RuntimeException error(int ref) {
        return errors.get(ref);
    }

    /** The latest host error of this run, or null. */
    RuntimeException lastError() {
        return errors.isEmpty() ? null : errors.getLast();
    }

    @HostAccess.Export
    public String call(String op, String argsJson) {
        ScriptHost host = current();
        if (host == null) {
            return PyJson.write(Map.of("error", Map.of("kind", "FAILED", "ref", -1,
                    "message", "platform calls are only available while execute(context) runs")));
        }
        try {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("value", dispatch(host, op, PyJson.tree(argsJson)));
            return PyJson.write(reply);
        } catch (RuntimeException e) {
            errors.add(e);
            String kind = e instanceof dev.triggerstudio.lang.ScriptException se ? se.kind().name() : "FAILED";
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return PyJson.write(Map.of("error", Map.of("kind", kind, "ref", errors.size() - 1, "message", message)));
        }
    }

    /**
     * A line event of the driver's tracer ({@code --lines}): the locals as JSON text, those the
     * tracer shortened and the records it left for {@link PyLocals} to shorten. A method of its own
     * rather than {@link #call}: it has no answer for the interpreter to parse, and the tracer calls
     * it at every line.
     */
    @HostAccess.Export
    public void line(int line, String shortenedJson, String recordsJson) {
        LineRecorder lines = recorder();
        if (lines != null) {
            lines.line(line, PyLocals.of(shortenedJson, recordsJson), 0);
        }
    }

    /** The tracer found that the line {@code line} wrote field of new_map's record {@code record} (0-based). */
    @HostAccess.Export
    public void wrote(int record, String field, int line) {
        LineRecorder lines = recorder();
        if (lines != null) {
            lines.wrote(record, field, line);
        }
    }

    private LineRecorder recorder() {
        ScriptHost host = current();
        return host == null ? null : host.lines();
    }

    private static Object dispatch(ScriptHost host, String op, JsonNode a) {
        return switch (op) {
            case "log" -> {
                host.log(a.get(0).asText(), a.get(1).asText());
                yield null;
            }
            case "create" -> host.create(a.get(0).asText(), records(a.get(1)));
            case "update" -> host.update(a.get(0).asText(), records(a.get(1)));
            case "delete" -> host.delete(a.get(0).asText(), strings(a.get(1)));
            case "sql" -> host.querySql(a.get(0).asText(), a.get(1).asBoolean(true));
            case "config" -> host.config(a.get(0).asText());
            case "notify" -> host.notify(records(a.get(0)));
            case "mark_read" -> host.markRead(records(a.get(0)));
            case "integration" -> host.integration(a.get(0).asText(), a.get(1).asText(), PyJson.list(a.get(2)));
            case "run_function" -> host.runFunction(a.get(0).asText(), PyJson.map(a.get(1)));
            case "run_workflow" -> host.runWorkflow(a.get(0).asText(), PyJson.plain(a.get(1)));
            case "phone" -> host.formatPhone(a.get(0).asText());
            case "html_to_md" -> HTML_TO_MD.convert(a.get(0).asText());
            case "phone_fields" -> phoneFields(host, a.get(0).asText());
            case "end" -> {
                endOfLines(host);
                yield null;
            }
            default -> throw new IllegalArgumentException("unknown platform call " + op);
        };
    }

    /** The end of the driver's tracer's run; a run that records none has no recorder. */
    private static void endOfLines(ScriptHost host) {
        LineRecorder lines = host.lines();
        if (lines != null) {
            lines.end(0);
        }
    }

    private static List<String> phoneFields(ScriptHost host, String apiName) {
        ObjectDef def = host.objectDef(apiName);
        if (def == null) {
            throw new IllegalArgumentException("get_phone_fields: the project has no object '" + apiName + "'");
        }
        return def.fields().stream().filter(f -> f.type() == FieldType.PHONE).map(f -> f.name()).toList();
    }

    private static List<Map<String, Object>> records(JsonNode array) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isObject()) {
                throw new IllegalArgumentException("expected a dict, got " + n.getNodeType().name().toLowerCase());
            }
            out.add(PyJson.map(n));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
