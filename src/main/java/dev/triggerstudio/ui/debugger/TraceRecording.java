package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's trace of a run, read as a {@link Recording}: every trigger node that ran is a run,
 * those under a nested operation hang below the trigger that started it. Line events come from the
 * node's recorded lines ({@link NodeLines}).
 */
public final class TraceRecording implements Recording {
    private final List<Run> runs = new ArrayList<>();
    private final Map<Integer, TraceRun> bySeq = new HashMap<>();
    private final Function<String, String> scriptOf;

    /**
     * @param scriptOf the script path (relative to the project) of a trigger id, or null when the
     *                 project no longer has it
     */
    public TraceRecording(List<OperationTrace> operations, List<OperationTrace> async, Function<String, String> scriptOf) {
        this.scriptOf = scriptOf;
        List<OperationTrace> all = new ArrayList<>(operations);
        all.addAll(async);
        for (OperationTrace op : all) {
            for (TraceNode step : op.steps()) {
                collect(step, title(op) + " › " + step.step(), 0, null, -1, runs);
            }
        }
    }

    private static String title(OperationTrace op) {
        return op.isAsync() ? "async " + op.source() + " (from #" + op.index() + ")" : "#" + op.index() + " " + op.op() + " " + op.object();
    }

    /**
     * Finds the trigger nodes under {@code node}; those below a trigger become its nested runs,
     * placed after the parent's line event during which their operation started.
     */
    private void collect(TraceNode node, String where, int depth, TraceRun parent, int parentEvent, List<Run> into) {
        if (node.stepName() == StepName.TRIGGER && !Status.SKIPPED.equals(node.status()) && node.source() != null) {
            TraceRun run = new TraceRun(node, trigger(node), script(node), where, depth);
            bySeq.put(node.seq(), run);
            if (parent == null) {
                into.add(run);
            } else {
                parent.nested.add(new Nested(parentEvent >= 0 ? parentEvent : parent.size() - 1, run));
            }
            node.children().forEach(c -> collect(c, where + " › " + c.step(), depth + 1, run, -1, into));
            return;
        }
        boolean operation = node.stepName() == StepName.OPERATION;
        int event = operation && node.parentEvent() >= 0 ? node.parentEvent() : parentEvent;
        String here = operation && node.detail() != null ? where + " › " + node.detail() : where;
        node.children().forEach(c -> collect(c, here + (c.stepName() == StepName.OPERATION ? "" : " › " + c.step()), depth, parent,
                event, into));
    }

    private static String trigger(TraceNode node) {
        String s = node.source();
        return s.startsWith("trigger:") ? s.substring("trigger:".length()) : s;
    }

    private String script(TraceNode node) {
        String path = scriptOf.apply(trigger(node));
        return path == null ? "triggers/" + trigger(node) : path;
    }

    @Override
    public List<Run> runs() {
        return runs;
    }

    /** The run of a trigger node, found by the node's sequence number (unique within a batch run). */
    public Optional<Run> runOf(int seq) {
        return Optional.ofNullable(bySeq.get(seq));
    }

    /** Whether any trigger node has recorded lines (else the run was made without recording them). */
    public boolean hasLines() {
        return bySeq.values().stream().anyMatch(r -> r.size() > 0);
    }

    private static final class TraceRun implements Run {
        final TraceNode node;
        final NodeLines lines;
        final String trigger;
        final String script;
        final String where;
        final int depth;
        final List<Nested> nested = new ArrayList<>();

        TraceRun(TraceNode node, String trigger, String script, String where, int depth) {
            this.node = node;
            this.lines = NodeLines.of(node);
            this.trigger = trigger;
            this.script = script;
            this.where = where;
            this.depth = depth;
        }

        @Override
        public String trigger() {
            return trigger;
        }

        @Override
        public String script() {
            return script;
        }

        @Override
        public String where() {
            return where;
        }

        @Override
        public int depth() {
            return depth;
        }

        @Override
        public int size() {
            return lines.size();
        }

        @Override
        public int lineAt(int event) {
            return lines.lineAt(event);
        }

        @Override
        public List<LineEvent> page(int from, int count) {
            return lines.page(from, count);
        }

        @Override
        public List<Nested> nested() {
            return nested;
        }

        @Override
        public List<RecordEffect> records() {
            List<RecordEffect> out = new ArrayList<>();
            for (RecordChange c : node.records()) {
                out.add(new RecordEffect(c.id(), c.before(), c.after(), NodeLines.writes(c)));
            }
            return out;
        }

        @Override
        public List<String> logs() {
            return node.logs().stream().map(l -> l.level() + ": " + l.message()).toList();
        }

        @Override
        public Map<Integer, LineCost> costs() {
            return lines.costs();
        }
    }
}
