package dev.triggerstudio.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The operation's records as a step received them, so that the step's node can list what it
 * changed. An operation of up to {@value #COMPACT_FROM} records keeps deep copies. A larger one
 * keeps each record as its JSON text, a few hundred bytes instead of a map of objects: the snapshot
 * lives as long as its step, and a 100 000-record before_triggers step holding a second copy of
 * every record did not fit in a 512 MB heap. Two records are then the same when their JSON is (keys
 * sorted), which is how the trace shows them.
 */
final class StepSnapshot {
    static final int COMPACT_FROM = 1_000;
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final String[] traceIds;
    private final Object[] values;
    private final boolean compact;

    private StepSnapshot(int size, boolean compact) {
        this.traceIds = new String[size];
        this.values = new Object[size];
        this.compact = compact;
    }

    static StepSnapshot of(List<Rec> records) {
        int size = records.stream().mapToInt(r -> r.index + 1).max().orElse(0);
        StepSnapshot s = new StepSnapshot(size, records.size() > COMPACT_FROM);
        for (Rec r : records) {
            s.traceIds[r.index] = r.traceId();
            s.values[r.index] = s.compact ? json(r.values) : Values.deepCopy(r.values);
        }
        return s;
    }

    /**
     * Whether r was there when the step started: under its id then, or under {@code #index} when
     * the step itself gave it its id (hydrate).
     */
    boolean had(Rec r) {
        return r.index < traceIds.length && traceIds[r.index] != null
                && (traceIds[r.index].equals(r.traceId()) || traceIds[r.index].equals("#" + r.index));
    }

    /** Whether r's values are what they were when the step started; r must be {@link #had had}. */
    boolean unchanged(Rec r) {
        Object before = values[r.index];
        return compact ? Arrays.equals((byte[]) before, json(r.values)) : before.equals(r.values);
    }

    /** r's values when the step started (a map of its own); r must be {@link #had had}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> before(Rec r) {
        Object before = values[r.index];
        if (!compact) {
            return (Map<String, Object>) before;
        }
        try {
            return Json.MAPPER.readValue((byte[]) before, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] json(Map<String, Object> values) {
        try {
            return Json.MAPPER.writeValueAsBytes(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
