package dev.triggerstudio.trace;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lines one trigger node ran (docs/debugging.md, "What the trace holds"), in execution order, with the
 * script's locals before each, and what each line cost. Events live in the run's {@link LineSpill};
 * only their line numbers and offsets stay in memory, so a recording of any size can be read a
 * page at a time ({@link #page}) by the trace writer and the IDE's debugger alike.
 */
public final class LineRecording {
    private static final TypeReference<Map<String, Object>> EVENT = new TypeReference<>() {
    };

    private final LineSpill spill;
    private int size;
    private int[] lines = new int[16];
    private long[] offsets = new long[16];
    /** Each event's own length: a nested operation's events may sit between two of this node's. */
    private int[] lengths = new int[16];
    private final Map<Integer, long[]> costs = new TreeMap<>();

    public LineRecording(LineSpill spill) {
        this.spill = spill;
    }

    /** One executed line: its 1-based number and the script's variables just before it ran. */
    public record LineEvent(int line, Map<String, Object> locals) {
    }

    /**
     * What one line cost over the node's run: times run, microseconds, queries, DML rows written
     * and Stanza fuel (or Lua instructions) spent while it ran, nested operations included.
     */
    public record LineCost(int line, long hits, long micros, long queries, long dmlRows, long fuel) {
    }

    /** Appends an event; locals must be JSON values (see {@code lang.Locals}). */
    public void add(int line, Map<String, Object> locals) {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(new LineEvent(line, locals));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        long at = spill.append(json);
        lines[size] = line;
        offsets[size] = at;
        lengths[size] = json.length;
        size++;
    }

    /** Adds to a line's cost; hits counts one per call. */
    public void cost(int line, long micros, long queries, long dmlRows, long fuel) {
        long[] c = costs.computeIfAbsent(line, l -> new long[5]);
        c[0]++;
        c[1] += micros;
        c[2] += queries;
        c[3] += dmlRows;
        c[4] += fuel;
    }

    public int size() {
        return size;
    }

    /** The line of event {@code event} (0-based), without reading its locals. */
    public int lineAt(int event) {
        if (event < 0 || event >= size) {
            throw new IndexOutOfBoundsException("event " + event + " of " + size);
        }
        return lines[event];
    }

    /** Events {@code from} to {@code from + count} (fewer at the end), read from disk. */
    public List<LineEvent> page(int from, int count) {
        int to = Math.min(size, from + Math.max(0, count));
        if (from < 0 || from >= to) {
            return List.of();
        }
        List<LineEvent> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Map<String, Object> e = parse(raw(i));
            @SuppressWarnings("unchecked")
            Map<String, Object> locals = (Map<String, Object>) e.get("locals");
            out.add(new LineEvent(lines[i], locals == null ? Map.of() : locals));
        }
        return out;
    }

    /** The JSON text of one event, {@code {"line": n, "locals": {...}}}, as stored. */
    public String raw(int event) {
        lineAt(event);
        return new String(spill.read(offsets[event], lengths[event]), StandardCharsets.UTF_8);
    }

    /** Costs by line, in line order. */
    public List<LineCost> costs() {
        List<LineCost> out = new ArrayList<>(costs.size());
        costs.forEach((line, c) -> out.add(new LineCost(line, c[0], c[1], c[2], c[3], c[4])));
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Object> parse(String json) {
        try {
            return Json.MAPPER.readValue(json, EVENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
