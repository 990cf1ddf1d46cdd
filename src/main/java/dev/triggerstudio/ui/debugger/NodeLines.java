package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.trace.LineRecording;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.debugger.Recording.LineCost;
import dev.triggerstudio.ui.debugger.Recording.LineEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded lines of one trigger node, read from the engine's {@link LineRecording} (docs/debugging.md,
 * "What the trace holds"): line numbers from memory, locals a page at a time from its spill file.
 * The one place that knows how the engine stores them.
 */
final class NodeLines {
    private final LineRecording recording;

    private NodeLines(LineRecording recording) {
        this.recording = recording;
    }

    static NodeLines of(TraceNode node) {
        return new NodeLines(node.lines());
    }

    int size() {
        return recording == null ? 0 : recording.size();
    }

    int lineAt(int event) {
        return recording.lineAt(event);
    }

    List<LineEvent> page(int from, int count) {
        if (recording == null) {
            return List.of();
        }
        return recording.page(from, count).stream().map(e -> new LineEvent(e.line(), e.locals())).toList();
    }

    Map<Integer, LineCost> costs() {
        Map<Integer, LineCost> out = new LinkedHashMap<>();
        if (recording != null) {
            for (LineRecording.LineCost c : recording.costs()) {
                Map<String, Long> limits = new LinkedHashMap<>();
                limits.put("queries", c.queries());
                limits.put("dml_rows", c.dmlRows());
                limits.put("fuel", c.fuel());
                out.put(c.line(), new LineCost(c.hits(), c.micros(), limits));
            }
        }
        return out;
    }

    /** The line each field was last written at (the engine lists each field once, at its last write). */
    static Map<String, Integer> writes(RecordChange change) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (change.writes() != null) {
            change.writes().forEach(w -> out.put(w.field(), w.line()));
        }
        return out;
    }
}
