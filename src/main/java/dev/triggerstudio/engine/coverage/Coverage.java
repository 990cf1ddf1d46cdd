package dev.triggerstudio.engine.coverage;

import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.trace.LineRecording;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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

    /** Every trigger script of the project, in trigger id order, with the hits of its executable lines. */
    public List<ScriptCoverage> scripts() {
        List<ScriptCoverage> out = new ArrayList<>();
        for (TriggerDef t : new TreeMap<>(project.triggers()).values()) {
            String text = project.script(t.id());
            text = text == null ? "" : text;
            SortedMap<Integer, Long> lines = new TreeMap<>();
            for (int line : ExecutableLines.of(t.language(), text)) {
                lines.put(line, hits(t.id(), line));
            }
            out.add(new ScriptCoverage(t.id(), t.scriptPath(), text, lines));
        }
        return out;
    }

    /** LCOV text: one record per trigger script, in trigger id order. */
    public String lcov() {
        StringBuilder b = new StringBuilder();
        for (ScriptCoverage s : scripts()) {
            b.append("SF:").append(s.path()).append('\n');
            s.hits().forEach((line, n) -> b.append("DA:").append(line).append(',').append(n).append('\n'));
            b.append("LF:").append(s.executable()).append('\n');
            b.append("LH:").append(s.covered()).append('\n');
            b.append("end_of_record\n");
        }
        return b.toString();
    }
}
