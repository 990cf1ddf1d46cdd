package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which trigger and line wrote each field of a record in a step's diff. A trigger node answers
 * from its own writes; a phase (before_triggers, after_triggers…) from its triggers in the order
 * they ran, the last writer of a field winning, as the last write is what the record kept.
 */
public final class WrittenBy {
    /** A field's writer: the trigger node (by its sequence number), the trigger and the script line. */
    public record Writer(int seq, String trigger, int line) {
        public String label() {
            return trigger + ":" + line;
        }
    }

    private WrittenBy() {
    }

    /** field → writer, for record {@code recordId} in {@code node}'s effect; empty when nothing recorded. */
    public static Map<String, Writer> of(TraceNode node, String recordId) {
        Map<String, Writer> out = new HashMap<>();
        collect(node, recordId, out);
        return out;
    }

    private static void collect(TraceNode node, String recordId, Map<String, Writer> out) {
        if (node.stepName() == StepName.TRIGGER) {
            String trigger = node.source() != null && node.source().startsWith("trigger:") ? node.source().substring(8) : node.source();
            for (RecordChange c : node.records()) {
                if (Objects.equals(c.id(), recordId)) {
                    NodeLines.writes(c).forEach((field, line) -> out.put(field, new Writer(node.seq(), trigger, line)));
                }
            }
            return;
        }
        for (TraceNode child : node.children()) {
            if (child.stepName() != StepName.OPERATION) {
                collect(child, recordId, out);
            }
        }
    }

    /** The node with sequence number {@code seq} among these, or null. */
    public static TraceNode find(List<TraceNode> nodes, int seq) {
        for (TraceNode n : nodes) {
            if (n.seq() == seq) {
                return n;
            }
            TraceNode inner = find(n.children(), seq);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
