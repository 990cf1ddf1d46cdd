package dev.triggerstudio.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a trace: a lifecycle step, a trigger or automation run, or a nested operation.
 * The engine fills it in place while its operation runs (a copy per node would double a large
 * trace); when the operation finishes the engine {@linkplain #freeze freezes} it, and from then on
 * it is read-only: setters refuse and its lists cannot be changed. The IDE only ever holds frozen
 * nodes (docs/architecture.md#the-trace-and-its-listeners).
 */
public final class TraceNode {
    private final int seq;
    private final StepName step;
    private final String source;
    private final int depth;
    private String status = Status.OK;
    private String detail;
    private long durationUs;
    private final RecordList records;
    private List<RecordChange> recordsView;
    private List<LogLine> logs = new ArrayList<>();
    private List<TraceNode> children = new ArrayList<>();
    private Map<String, Object> metrics = new LinkedHashMap<>();
    private boolean frozen;
    private TraceError error;
    private LineRecording lines;
    private int parentEvent = -1;

    public TraceNode(int seq, StepName step, String source, int depth) {
        this(seq, step, source, depth, null);
    }

    /** @param budget what the node's operation may still hold of record snapshots; null: all of them */
    public TraceNode(int seq, StepName step, String source, int depth, RecordBudget budget) {
        this.seq = seq;
        this.step = step;
        this.source = source;
        this.depth = depth;
        this.records = budget == null ? new RecordList(null) : budget.newList();
        this.recordsView = records;
    }

    /**
     * Makes this node and its children read-only, for good: called once their operation finished,
     * so that whoever reads the trace (the IDE's views, a saved file read back) sees it as it was.
     * The lists are wrapped, not copied, and so are the records' maps, nested values included.
     */
    public void freeze() {
        if (frozen) {
            return;
        }
        frozen = true;
        records.freeze();
        recordsView = Collections.unmodifiableList(records);
        logs = Collections.unmodifiableList(logs);
        metrics = ReadOnly.map(metrics);
        children = Collections.unmodifiableList(children);
        children.forEach(TraceNode::freeze);
    }

    public boolean isFrozen() {
        return frozen;
    }

    private void checkOpen() {
        if (frozen) {
            throw new IllegalStateException("trace node " + seq + " (" + step.jsonName()
                    + ") belongs to a finished operation and is read-only");
        }
    }

    public int seq() {
        return seq;
    }

    /** The name in the trace, e.g. {@code before_triggers}; {@link #stepName()} to compare. */
    public String step() {
        return step.jsonName();
    }

    public StepName stepName() {
        return step;
    }

    public String source() {
        return source;
    }

    public int depth() {
        return depth;
    }

    public String status() {
        return status;
    }

    public void status(String value) {
        checkOpen();
        this.status = value;
    }

    public String detail() {
        return detail;
    }

    public void detail(String value) {
        checkOpen();
        this.detail = value;
    }

    public long durationUs() {
        return durationUs;
    }

    public void durationUs(long value) {
        checkOpen();
        this.durationUs = value;
    }

    /** The records this node changed (appended to, never edited); past its operation's budget, on disk. */
    public List<RecordChange> records() {
        return recordsView;
    }

    RecordList recordList() {
        return records;
    }

    public List<LogLine> logs() {
        return logs;
    }

    public List<TraceNode> children() {
        return children;
    }

    /** Limits used (queries, dml, dml_rows, instructions, wait_ms) and other facts for the UI. */
    public Map<String, Object> metrics() {
        return metrics;
    }

    public TraceError error() {
        return error;
    }

    public void error(TraceError value) {
        checkOpen();
        this.error = value;
    }

    /** The lines this trigger node ran, or null when lines were not recorded ({@code --lines}). */
    public LineRecording lines() {
        return lines;
    }

    public void lines(LineRecording value) {
        checkOpen();
        this.lines = value;
    }

    /**
     * For a nested operation started by a recorded trigger: the 0-based line event of that trigger
     * during which it started; -1 otherwise.
     */
    public int parentEvent() {
        return parentEvent;
    }

    public void parentEvent(int value) {
        checkOpen();
        this.parentEvent = value;
    }

    public void log(String level, String message) {
        checkOpen();
        logs.add(new LogLine(level, message));
    }
}
