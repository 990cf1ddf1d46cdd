package dev.triggerstudio.engine.coverage;

import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.trace.LineRecording;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Line hits of every trigger over any number of runs, from the line recording, written as LCOV
 * (docs/architecture.md, "Inside a trigger"): every trigger script of the project, executable lines only, 0 for lines never run.
 */
public final class Coverage implements TraceListener {
    private static final String TRIGGER = "trigger:";
    private final Project project;
    private final Map<String, Map<Integer, Long>> hits = new HashMap<>();

    public Coverage(Project project) {
        this.project = project;
    }

    @Override
    public boolean wantsLines() {
        return true;
    }

    @Override
    public void stepFinished(OperationTrace operation, TraceNode node) {
        LineRecording rec = node.lines();
        if (rec == null || node.source() == null || !node.source().startsWith(TRIGGER)) {
            return;
        }
        Map<Integer, Long> byLine = hits.computeIfAbsent(node.source().substring(TRIGGER.length()), k -> new HashMap<>());
        for (LineRecording.LineCost c : rec.costs()) {
            byLine.merge(c.line(), c.hits(), Long::sum);
        }
    }

    /** Hits of one trigger's line so far. */
    public long hits(String triggerId, int line) {
        return hits.getOrDefault(triggerId, Map.of()).getOrDefault(line, 0L);
    }

    /** LCOV text: one record per trigger script, in trigger id order. */
    public String lcov() {
        StringBuilder b = new StringBuilder();
        for (TriggerDef t : new TreeMap<>(project.triggers()).values()) {
            String text = project.script(t.id());
            List<Integer> lines = ExecutableLines.of(t.language(), text == null ? "" : text);
            b.append("SF:").append(t.scriptPath()).append('\n');
            int hit = 0;
            for (int line : lines) {
                long n = hits(t.id(), line);
                hit += n > 0 ? 1 : 0;
                b.append("DA:").append(line).append(',').append(n).append('\n');
            }
            b.append("LF:").append(lines.size()).append('\n');
            b.append("LH:").append(hit).append('\n');
            b.append("end_of_record\n");
        }
        return b.toString();
    }
}
