package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steps forward and back through a recorded trace in the order the engine ran it: each
 * operation's steps depth first, then the async jobs it queued, then the next operation.
 */
public final class StepCursor {
    private final List<Position> positions = new ArrayList<>();
    private final Map<TraceNode, Position> byStep = new IdentityHashMap<>();
    private int index = -1;

    public StepCursor(BatchTrace trace) {
        for (OperationTrace op : trace.operations()) {
            addAll(op, List.of(), op.steps());
            for (OperationTrace job : trace.async()) {
                if (job.index() == op.index()) {
                    addAll(job, List.of(), job.steps());
                }
            }
        }
        for (OperationTrace job : trace.async()) {
            if (trace.operations().stream().noneMatch(o -> o.index() == job.index())) {
                addAll(job, List.of(), job.steps());
            }
        }
    }

    private void addAll(OperationTrace op, List<TraceNode> ancestors, List<TraceNode> steps) {
        for (TraceNode s : steps) {
            Position p = new Position(positions.size(), op, ancestors, s);
            positions.add(p);
            byStep.put(s, p);
            if (!s.children().isEmpty()) {
                List<TraceNode> below = new ArrayList<>(ancestors);
                below.add(s);
                addAll(op, List.copyOf(below), s.children());
            }
        }
    }

    public List<Position> positions() {
        return positions;
    }

    public int size() {
        return positions.size();
    }

    /** The current step, empty before the first F10. */
    public Optional<Position> current() {
        return index < 0 ? Optional.empty() : Optional.of(positions.get(index));
    }

    public int index() {
        return index;
    }

    public boolean canForward() {
        return index + 1 < positions.size();
    }

    public boolean canBack() {
        return index > 0;
    }

    public Optional<Position> forward() {
        if (canForward()) {
            index++;
        }
        return current();
    }

    public Optional<Position> back() {
        if (canBack()) {
            index--;
        }
        return current();
    }

    public Optional<Position> moveTo(int order) {
        if (order >= 0 && order < positions.size()) {
            index = order;
        }
        return current();
    }

    /** Moves to the given step (when the user selects it in the tree); false for an unknown step. */
    public boolean moveTo(TraceNode step) {
        Position p = byStep.get(step);
        if (p == null) {
            return false;
        }
        index = p.order();
        return true;
    }

    public Optional<Position> positionOf(TraceNode step) {
        return Optional.ofNullable(byStep.get(step));
    }
}
