package dev.triggerstudio.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record in flight through an operation.
 * {@code input} is what the caller sent; {@code values} the record as it becomes (what triggers
 * see and edit); {@code old} the stored record on update and delete.
 */
final class Rec {
    final int index;
    final String ref;
    String id;
    final Map<String, Object> input;
    Map<String, Object> values;
    Map<String, Object> old;

    Rec(int index, String ref, String id, Map<String, Object> input) {
        this(index, ref, id, input, new LinkedHashMap<>(input));
    }

    /**
     * A record whose values start as the input map itself: for creates and updates, whose
     * hydrate or merge_data step replaces the values before anything edits them.
     */
    static Rec sharingInput(int index, String ref, String id, Map<String, Object> input) {
        return new Rec(index, ref, id, input, input);
    }

    private Rec(int index, String ref, String id, Map<String, Object> input, Map<String, Object> values) {
        this.index = index;
        this.ref = ref;
        this.id = id;
        this.input = input;
        this.values = values;
    }

    /** The id shown in traces: the real id, or {@code #index} before hydration gives one. */
    String traceId() {
        return id != null ? id : "#" + index;
    }
}
