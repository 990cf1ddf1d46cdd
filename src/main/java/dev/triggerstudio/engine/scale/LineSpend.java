package dev.triggerstudio.engine.scale;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.trace.LineRecording;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The script line of a trigger that spent the most of one limit over a run, read from the line
 * recording's per-line costs (docs/debugging.md, "What the trace holds"): queries against
 * max_queries, DML rows against max_dml (the recording counts rows, not statements), fuel (Stanza
 * fuel, Lua instructions) against stanza_fuel, time against trigger_timeout_ms. A line's cost
 * includes the nested operations it started, so the line of a {@code records.create} carries the
 * rows the nested operation wrote.
 *
 * @param spent what the line spent over every run of the trigger in the batch
 * @param total what all the trigger's lines spent, for "N of M"
 */
public record LineSpend(String source, String path, LimitKind limit, int line, long spent, long total) {
    private static final String TRIGGER = "trigger:";
    private static final List<LimitKind> RECORDED = List.of(LimitKind.MAX_QUERIES, LimitKind.MAX_DML,
            LimitKind.STANZA_FUEL, LimitKind.TRIGGER_TIMEOUT_MS);

    /** Per trigger (in the order they first ran) and limit, the line that spent most; none where nothing was spent. */
    public static List<LineSpend> of(Project project, BatchResult result) {
        Map<String, Map<Integer, long[]>> bySource = new LinkedHashMap<>();
        List<OperationTrace> ops = new ArrayList<>(result.operations());
        ops.addAll(result.asyncJobs());
        ops.forEach(op -> op.steps().forEach(n -> collect(n, bySource)));
        List<LineSpend> out = new ArrayList<>();
        bySource.forEach((source, lines) -> {
            TriggerDef t = project.triggers().get(source.substring(TRIGGER.length()));
            for (int k = 0; k < RECORDED.size(); k++) {
                most(source, t == null ? null : t.scriptPath(), RECORDED.get(k), k, lines).ifPresent(out::add);
            }
        });
        return out;
    }

    private static void collect(TraceNode n, Map<String, Map<Integer, long[]>> bySource) {
        LineRecording rec = n.lines();
        if (rec != null && n.source() != null && n.source().startsWith(TRIGGER)) {
            Map<Integer, long[]> lines = bySource.computeIfAbsent(n.source(), s -> new TreeMap<>());
            for (LineRecording.LineCost c : rec.costs()) {
                long[] sum = lines.computeIfAbsent(c.line(), l -> new long[RECORDED.size()]);
                sum[0] += c.queries();
                sum[1] += c.dmlRows();
                sum[2] += c.fuel();
                sum[3] += c.micros();
            }
        }
        n.children().forEach(c -> collect(c, bySource));
    }

    /** The line with the highest spend of one measure; the first such line when two tie. */
    private static java.util.Optional<LineSpend> most(String source, String path, LimitKind kind, int k,
                                                      Map<Integer, long[]> lines) {
        int best = -1;
        long max = 0;
        long total = 0;
        for (Map.Entry<Integer, long[]> e : lines.entrySet()) {
            long v = e.getValue()[k];
            total += v;
            if (v > max) {
                max = v;
                best = e.getKey();
            }
        }
        return best < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new LineSpend(source, path, kind, best, max, total));
    }

    /** "most queries at triggers/x.lua:4 (180 of 200)", for the chart's link and tooltip. */
    public String describe() {
        String what = switch (limit) {
            case MAX_QUERIES -> "queries";
            case MAX_DML -> "DML rows";
            case STANZA_FUEL -> "fuel";
            default -> "time";
        };
        String amount = limit == LimitKind.TRIGGER_TIMEOUT_MS ? ms(spent) + " of " + ms(total) : spent + " of " + total;
        return "most " + what + " at " + (path == null ? source : path) + ":" + line + " (" + amount + ")";
    }

    private static String ms(long micros) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
}
