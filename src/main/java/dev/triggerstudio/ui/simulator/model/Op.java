package dev.triggerstudio.ui.simulator.model;

import java.util.List;
import java.util.Map;

/**
 * An operation of the batch, or an async job (then {@code source} names the trigger or automation
 * and {@code operation} the operation that queued it). Same shape as the trace JSON.
 */
public record Op(Integer index, Integer operation, String op, String object, String source, String status,
                 ErrorInfo error, List<Map<String, Object>> records, List<Step> steps) {

    public Op {
        records = records == null ? List.of() : records;
        steps = steps == null ? List.of() : steps;
    }

    public boolean isAsync() {
        return source != null;
    }

    /** The batch index of the operation (for a job, of the operation that queued it). */
    public int number() {
        Integer n = isAsync() ? operation : index;
        return n == null ? 0 : n;
    }

    /** "#2 update invoice", or "async trigger:x on invoice (from #2)". */
    public String title() {
        if (isAsync()) {
            return "async " + source + " on " + object + " (from #" + number() + ")";
        }
        return "#" + number() + " " + op + " " + object;
    }
}
