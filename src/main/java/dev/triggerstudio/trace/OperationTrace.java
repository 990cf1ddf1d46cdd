package dev.triggerstudio.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A batch operation or async job with its result and its steps. The engine fills it while the
 * operation runs and {@linkplain #freeze freezes} it before telling listeners it finished; from then
 * on it and all its nodes are read-only (docs/architecture.md#the-trace-and-its-listeners).
 *
 * @param index 0-based index of the operation in the batch (for an async job, the operation that queued it)
 * @param op create, update, delete, read, list, or async for a job
 * @param source for async jobs, {@code trigger:<id>} or {@code automation:<id>}; else null
 */
public final class OperationTrace {
    private final int index;
    private final String op;
    private final String object;
    private final String source;
    private String status;
    private TraceError error;
    private List<Map<String, Object>> records = List.of();
    private List<TraceNode> steps = new ArrayList<>();
    private boolean frozen;

    public OperationTrace(int index, String op, String object, String source) {
        this.index = index;
        this.op = op;
        this.object = object;
        this.source = source;
    }

    /**
     * Makes the operation and every node under it read-only, for good, records and their nested
     * values included; lists and maps are wrapped, not copied.
     */
    public void freeze() {
        if (frozen) {
            return;
        }
        frozen = true;
        records = ReadOnly.list(records);
        steps = Collections.unmodifiableList(steps);
        steps.forEach(TraceNode::freeze);
    }

    public boolean isFrozen() {
        return frozen;
    }

    private void checkOpen() {
        if (frozen) {
            throw new IllegalStateException("operation " + index + " (" + op + ") has finished; its trace is read-only");
        }
    }

    public int index() {
        return index;
    }

    public String op() {
        return op;
    }

    public String object() {
        return object;
    }

    public String source() {
        return source;
    }

    public boolean isAsync() {
        return source != null;
    }

    public String status() {
        return status;
    }

    public void status(String value) {
        checkOpen();
        this.status = value;
    }

    public TraceError error() {
        return error;
    }

    public void error(TraceError value) {
        checkOpen();
        this.error = value;
    }

    public List<Map<String, Object>> records() {
        return records;
    }

    public void records(List<Map<String, Object>> value) {
        checkOpen();
        this.records = value;
    }

    public List<TraceNode> steps() {
        return steps;
    }
}
