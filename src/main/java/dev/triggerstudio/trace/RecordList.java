package dev.triggerstudio.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.triggerstudio.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A trace node's records (each a before and an after). While the operation's {@link RecordBudget}
 * lasts they stay in memory as they are; past it, each is written to the run's spill file as the
 * JSON the trace holds, and only its offset stays in memory. A 100 000-record operation has a
 * snapshot per record for most of its steps and Before trigger chunks: held as objects they do not
 * fit in a 512 MB heap. Nothing is dropped: the trace writer copies a spilled record's JSON into
 * the trace, and {@link #get} reads it back (as JSON values: numbers come back as the smallest of
 * int, long or double that holds them, like a trace read from its file).
 */
public final class RecordList extends AbstractList<RecordChange> {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final RecordBudget budget;
    private final List<RecordChange> held = new ArrayList<>();
    private long[] offsets = new long[0];
    private int[] lengths = new int[0];
    private int spilled;
    /** Set when the node's operation finished: records are then handed out read-only. */
    private boolean frozen;

    /** @param budget what the operation may still hold in memory; null: everything stays in memory */
    RecordList(RecordBudget budget) {
        this.budget = budget;
    }

    @Override
    public void add(int index, RecordChange change) {
        if (index != size()) {
            throw new UnsupportedOperationException("a trace node's records are only ever appended");
        }
        // once a node spills, the rest of it follows, so that held records always come first
        if (spilled == 0 && (budget == null || budget.take(change))) {
            held.add(change);
        } else {
            spill(change);
        }
        modCount++;
    }

    @Override
    public RecordChange get(int index) {
        RecordChange c = index < held.size() ? held.get(index) : parse(read(index));
        return frozen ? ReadOnly.change(c) : c;
    }

    /** From now on each record is handed out as a read-only view (the list itself is wrapped by its node). */
    void freeze() {
        frozen = true;
    }

    @Override
    public int size() {
        return held.size() + spilled;
    }

    /** How many of the records are on disk rather than in memory. */
    public int spilled() {
        return spilled;
    }

    /** Writes the records' JSON objects (the caller opened the array), spilled ones copied from disk. */
    void writeJson(JsonGenerator g) throws IOException {
        for (RecordChange rc : held) {
            write(g, rc);
        }
        for (int i = 0; i < spilled; i++) {
            try (JsonParser p = Json.MAPPER.getFactory().createParser(read(held.size() + i))) {
                p.nextToken();
                g.copyCurrentStructure(p);
            }
        }
    }

    /** One record as the trace holds it: {@code {"id", "before", "after"[, "writes"]}}. */
    static void write(JsonGenerator g, RecordChange rc) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rc.id());
        g.writeObjectField("before", rc.before());
        g.writeObjectField("after", rc.after());
        if (rc.writes() != null) {
            g.writeArrayFieldStart("writes");
            for (RecordChange.FieldWrite w : rc.writes()) {
                g.writeStartObject();
                g.writeStringField("field", w.field());
                g.writeNumberField("line", w.line());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void spill(RecordChange change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            write(g, change);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] json = out.toByteArray();
        if (spilled == offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(16, spilled * 2));
            lengths = Arrays.copyOf(lengths, offsets.length);
        }
        offsets[spilled] = budget.spill().append(json);
        lengths[spilled] = json.length;
        spilled++;
    }

    private byte[] read(int index) {
        int i = index - held.size();
        if (i < 0 || i >= spilled) {
            throw new IndexOutOfBoundsException("record " + index + " of " + size());
        }
        return budget.spill().read(offsets[i], lengths[i]);
    }

    @SuppressWarnings("unchecked")
    private static RecordChange parse(byte[] json) {
        Map<String, Object> m;
        try {
            m = Json.MAPPER.readValue(json, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RecordChange.FieldWrite> writes = null;
        if (m.get("writes") instanceof List<?> ws) {
            writes = new ArrayList<>(ws.size());
            for (Object w : ws) {
                Map<String, Object> fw = (Map<String, Object>) w;
                writes.add(new RecordChange.FieldWrite((String) fw.get("field"), ((Number) fw.get("line")).intValue()));
            }
        }
        return new RecordChange((String) m.get("id"), (Map<String, Object>) m.get("before"),
                (Map<String, Object>) m.get("after"), writes);
    }
}
