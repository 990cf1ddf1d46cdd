package dev.triggerstudio.trace.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.LocatedJson;
import dev.triggerstudio.model.ProjectException;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A golden trace, {@code tests/<name>.trace.json}: the {@code --trace} JSON of a test's batch with
 * what changes from run to run taken out — every {@code duration_us}, the {@code wait_ms} metric and
 * the "waited N ms for the engine to start" log line — so the same behaviour gives the same bytes.
 * Runs must record steps' records ({@code TraceListener.wantsRecords()}), or there is little to compare.
 */
public final class GoldenTrace {
    private static final Pattern WAIT_LOG = Pattern.compile("^waited \\d+ ms for the .* engine to start$");

    private GoldenTrace() {
    }

    /** The normalised trace of a run's operations and async jobs. */
    public static JsonNode of(List<OperationTrace> operations, List<OperationTrace> asyncJobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceJsonWriter w = new TraceJsonWriter(out, true)) {
            operations.forEach(w::operationFinished);
            asyncJobs.forEach(w::operationFinished);
        }
        return normalise(parse(out.toString(StandardCharsets.UTF_8)));
    }

    /** The stable text written to the file. */
    public static String text(JsonNode trace) {
        return Json.pretty(trace);
    }

    public static void write(Path file, JsonNode trace) throws IOException {
        Json.writeAtomically(file, text(trace));
    }

    /** Reads a golden file, normalising it too so that hand-made or older files compare fairly. */
    public static JsonNode read(Path file) throws IOException {
        return read(file, file.getFileName().toString());
    }

    /**
     * As {@link #read(Path)}; a file that is not JSON, or not a trace, is a {@link ProjectException}
     * at its position under {@code shownPath}, in our words (the JSON library's text names its own internals).
     */
    public static JsonNode read(Path file, String shownPath) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new ProjectException(LocatedJson.malformed(shownPath, e));
        }
        if (root == null || !root.path("operations").isArray()) {
            throw new ProjectException(Diagnostic.error(shownPath, 1, 1,
                    "is not a golden trace: it has no \"operations\" list"));
        }
        return normalise(root);
    }

    public static JsonNode parse(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops durations, wait times and engine-start logs, everywhere in the tree. */
    public static JsonNode normalise(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("duration_us");
            if (o.get("metrics") instanceof ObjectNode m) {
                m.remove("wait_ms");
                if (m.isEmpty()) {
                    o.remove("metrics");
                }
            }
            if (o.get("logs") instanceof ArrayNode logs) {
                for (Iterator<JsonNode> it = logs.elements(); it.hasNext(); ) {
                    if (WAIT_LOG.matcher(it.next().path("message").asText()).matches()) {
                        it.remove();
                    }
                }
            }
            o.elements().forEachRemaining(GoldenTrace::normalise);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(GoldenTrace::normalise);
        }
        return node;
    }
}
