package dev.triggerstudio.engine;

import dev.triggerstudio.lang.LineRecorder;
import dev.triggerstudio.trace.LineRecording;
import dev.triggerstudio.trace.LineSpill;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's side of one trigger node's line recording: appends each line event to the node's
 * {@link LineRecording}, charges the time, queries, DML rows and fuel spent since the previous event
 * to the previous line, and remembers the line that last wrote each field of each record.
 */
final class TriggerLines implements LineRecorder {
    private final LineRecording recording;
    private final Limiter limiter;
    private final Map<Integer, Map<String, Integer>> writes = new HashMap<>();
    private int lastLine = -1;
    private long lastNanos;
    private int lastQueries;
    private long lastRows;
    private long lastInstructions;

    private TriggerLines(LineRecording recording, Limiter limiter) {
        this.recording = recording;
        this.limiter = limiter;
    }

    /** A recorder hung on node, or null when the run does not record lines. */
    static TriggerLines on(OperationRun op, TraceNode node) {
        LineSpill spill = op.tracer.lineSpill();
        if (spill == null) {
            return null;
        }
        LineRecording rec = new LineRecording(spill);
        node.lines(rec);
        return new TriggerLines(rec, op.limiter);
    }

    @Override
    public void line(int line, Map<String, Object> locals, long instructions) {
        close(instructions);
        recording.add(line, locals);
        lastLine = line;
        lastQueries = limiter.queries();
        lastRows = limiter.dmlRows();
        lastInstructions = instructions;
        lastNanos = System.nanoTime();
    }

    @Override
    public void wrote(int record, String field, int line) {
        writes.computeIfAbsent(record, r -> new HashMap<>()).put(field, line);
    }

    @Override
    public void end(long instructions) {
        close(instructions);
    }

    private void close(long instructions) {
        if (lastLine < 0) {
            return;
        }
        long micros = (System.nanoTime() - lastNanos) / 1000;
        recording.cost(lastLine, micros, limiter.queries() - lastQueries, limiter.dmlRows() - lastRows,
                Math.max(0, instructions - lastInstructions));
        lastLine = -1;
    }

    /** The event now running (0-based), for a nested operation it starts; -1 before the first. */
    int currentEvent() {
        return recording.size() - 1;
    }

    /** Each field that differs between before and after, with the line that wrote it last, in field order. */
    List<RecordChange.FieldWrite> writes(int record, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Integer> byField = writes.getOrDefault(record, Map.of());
        List<RecordChange.FieldWrite> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            Integer line = byField.get(e.getKey());
            if (line != null && !Objects.equals(before.get(e.getKey()), e.getValue())) {
                out.add(new RecordChange.FieldWrite(e.getKey(), line));
            }
        }
        return out;
    }
}
