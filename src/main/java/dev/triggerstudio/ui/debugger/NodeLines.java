package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.debugger.Recording.LineCost;
import dev.triggerstudio.ui.debugger.Recording.LineEvent;
import java.util.List;
import java.util.Map;

/**
 * The recorded lines of one trigger node, as the engine's line recording gives them (docs/architecture.md#the-trace-and-its-listeners,
 * "Inside the trigger"). The one place that knows how the engine stores them.
 */
final class NodeLines {
    private NodeLines() {
    }

    static NodeLines of(TraceNode node) {
        return new NodeLines();
    }

    int size() {
        return 0;
    }

    int lineAt(int event) {
        throw new IndexOutOfBoundsException(event);
    }

    List<LineEvent> page(int from, int count) {
        return List.of();
    }

    Map<Integer, LineCost> costs() {
        return Map.of();
    }

    /** The line each field was last written at. */
    static Map<String, Integer> writes(RecordChange change) {
        return Map.of();
    }

    /** The parent's event during which a nested operation's trigger ran. */
    static int nestedAfter(TraceNode parent, TraceNode child, NodeLines parentLines) {
        return parentLines.size() - 1;
    }
}
