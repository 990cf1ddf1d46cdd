package dev.triggerstudio.trace;

import java.util.ArrayList;
import java.util.List;

/** Keeps every operation and async job of a run, for tests and the IDE's step-through. */
public final class RecordingListener implements TraceListener {
    private final boolean records;
    private final boolean lines;
    private final List<OperationTrace> operations = new ArrayList<>();
    private final List<OperationTrace> asyncJobs = new ArrayList<>();

    public RecordingListener(boolean records) {
        this(records, false);
    }

    /** @param lines whether trigger nodes record their lines (the debugger's recording) */
    public RecordingListener(boolean records, boolean lines) {
        this.records = records || lines;
        this.lines = lines;
    }

    @Override
    public boolean wantsLines() {
        return lines;
    }

    @Override
    public boolean wantsRecords() {
        return records;
    }

    @Override
    public void operationFinished(OperationTrace operation) {
        (operation.isAsync() ? asyncJobs : operations).add(operation);
    }

    public List<OperationTrace> operations() {
        return operations;
    }

    public List<OperationTrace> asyncJobs() {
        return asyncJobs;
    }

    /** What was recorded so far, operations and async jobs together. */
    public BatchTrace trace() {
        return new BatchTrace(operations, asyncJobs);
    }
}
