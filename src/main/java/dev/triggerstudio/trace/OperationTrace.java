package dev.triggerstudio.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch operation or async job with its result and its steps.
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
    private final List<TraceNode> steps = new ArrayList<>();

    public OperationTrace(int index, String op, String object, String source) {
        this.index = index;
        this.op = op;
        this.object = object;
        this.source = source;
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
        this.status = value;
    }

    public TraceError error() {
        return error;
    }

    public void error(TraceError value) {
        this.error = value;
    }

    public List<Map<String, Object>> records() {
        return records;
    }

    public void records(List<Map<String, Object>> value) {
        this.records = value;
    }

    public List<TraceNode> steps() {
        return steps;
    }
}
