package dev.triggerstudio.trace;

import java.util.List;
import java.util.Map;

/**
 * A record before and after a step; before is null for a record the step brought in.
 * {@code writes} is set on a trigger node's records when its lines are recorded ({@code --lines}):
 * each field the trigger changed and the line that wrote it last; otherwise null.
 */
public record RecordChange(String id, Map<String, Object> before, Map<String, Object> after, List<FieldWrite> writes) {

    public RecordChange(String id, Map<String, Object> before, Map<String, Object> after) {
        this(id, before, after, null);
    }

    /** One field a trigger changed and the 1-based script line that wrote it last. */
    public record FieldWrite(String field, int line) {
    }
}
