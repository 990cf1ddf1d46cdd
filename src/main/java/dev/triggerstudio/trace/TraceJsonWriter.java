package dev.triggerstudio.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;


/**
 * Writes the JSON of docs/architecture.md#contracts as the batch runs: each operation is written and forgotten when it
 * finishes, so a large batch's trace never sits whole in memory. Async jobs (few and small) are
 * kept until the end because they form the second array. With {@code steps} off it writes the
 * {@code --json} summary.
 */
public final class TraceJsonWriter implements TraceListener, AutoCloseable {
    private final JsonGenerator gen;
    private final boolean steps;
    private final boolean lines;
    private final List<String> asyncJobs = new ArrayList<>();
    private boolean closed;

    public TraceJsonWriter(OutputStream out, boolean steps) {
        this(out, steps, false);
    }

    /** @param lines whether trigger nodes carry the lines they ran ({@code --lines}) */
    public TraceJsonWriter(OutputStream out, boolean steps, boolean lines) {
        this.lines = steps && lines;
        try {
            this.gen = Json.prettyGenerator(Json.MAPPER.getFactory().createGenerator(out));
            this.gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            this.steps = steps;
            gen.writeStartObject();
            gen.writeArrayFieldStart("operations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean wantsRecords() {
        return steps;
    }

    @Override
    public boolean wantsLines() {
        return lines;
    }

    @Override
    public void operationFinished(OperationTrace operation) {
        try {
            if (operation.isAsync()) {
                StringWriter sw = new StringWriter();
                try (JsonGenerator g = Json.prettyGenerator(Json.MAPPER.getFactory().createGenerator(sw))) {
                    writeOperation(g, operation);
                }
                asyncJobs.add(sw.toString());
            } else {
                writeOperation(gen, operation);
                gen.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void batchFinished() {
        close();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            gen.writeEndArray();
            gen.writeArrayFieldStart("async");
            for (String job : asyncJobs) {
                gen.writeRawValue(job);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeOperation(JsonGenerator g, OperationTrace op) throws IOException {
        g.writeStartObject();
        if (op.isAsync()) {
            g.writeNumberField("operation", op.index());
            g.writeStringField("source", op.source());
            g.writeStringField("object", op.object());
        } else {
            g.writeNumberField("index", op.index());
            g.writeStringField("op", op.op());
            g.writeStringField("object", op.object());
        }
        g.writeStringField("status", op.status());
        writeError(g, op.error());
        if (!op.isAsync()) {
            g.writeObjectField("records", op.records());
        }
        if (steps) {
            g.writeArrayFieldStart("steps");
            for (TraceNode n : op.steps()) {
                writeNode(g, n);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void writeError(JsonGenerator g, TraceError error) throws IOException {
        if (error == null) {
            g.writeNullField("error");
            return;
        }
        g.writeObjectFieldStart("error");
        g.writeStringField("message", error.message());
        g.writeStringField("step", error.step());
        g.writeStringField("source", error.source());
        if (error.line() == null) {
            g.writeNullField("line");
        } else {
            g.writeNumberField("line", error.line());
        }
        g.writeEndObject();
    }

    private void writeNode(JsonGenerator g, TraceNode n) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", n.seq());
        g.writeStringField("step", n.step());
        g.writeStringField("status", n.status());
        g.writeStringField("source", n.source());
        g.writeNumberField("depth", n.depth());
        g.writeStringField("detail", n.detail());
        g.writeNumberField("duration_us", n.durationUs());
        g.writeArrayFieldStart("records");
        n.recordList().writeJson(g);
        g.writeEndArray();
        g.writeArrayFieldStart("logs");
        for (LogLine l : n.logs()) {
            g.writeStartObject();
            g.writeStringField("level", l.level());
            g.writeStringField("message", l.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!n.metrics().isEmpty()) {
            g.writeObjectField("metrics", n.metrics());
        }
        if (n.error() != null) {
            writeError(g, n.error());
        }
        if (n.lines() != null) {
            writeLines(g, n.lines());
        } else if (lines && StepName.TRIGGER.jsonName().equals(n.step())) {
            // a trigger that did not run (Run When matched none) ran no lines
            g.writeArrayFieldStart("lines");
            g.writeEndArray();
        }
        if (n.parentEvent() >= 0) {
            g.writeNumberField("parent_event", n.parentEvent());
        }
        g.writeArrayFieldStart("children");
        for (TraceNode c : n.children()) {
            writeNode(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Streams the node's events from its spill file, one at a time, so none sits whole in memory. */
    private static void writeLines(JsonGenerator g, LineRecording rec) throws IOException {
        g.writeArrayFieldStart("lines");
        for (int i = 0; i < rec.size(); i++) {
            g.writeRawValue(rec.raw(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("line_costs");
        for (LineRecording.LineCost c : rec.costs()) {
            g.writeStartObject();
            g.writeNumberField("line", c.line());
            g.writeNumberField("hits", c.hits());
            g.writeNumberField("duration_us", c.micros());
            g.writeNumberField("queries", c.queries());
            g.writeNumberField("dml_rows", c.dmlRows());
            g.writeNumberField("fuel", c.fuel());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
