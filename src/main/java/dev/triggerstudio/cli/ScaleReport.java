package dev.triggerstudio.cli;

import dev.triggerstudio.engine.scale.LimitKind;
import dev.triggerstudio.engine.scale.LimitsRun;
import dev.triggerstudio.engine.scale.TriggerUsage;
import java.io.PrintWriter;
import java.util.Comparator;

/** What {@code simulate --scale N} adds to the summary: the first limit broken, else the closest call. */
final class ScaleReport {
    private ScaleReport() {
    }

    static void print(PrintWriter out, LimitsRun run) {
        out.println("scale ×" + run.scale() + ": " + run.records() + " records; " + run.committed() + " committed, "
                + run.rejected() + " rejected, " + run.failed() + " failed"
                + (run.chunksByOperation().isEmpty() ? "" : "; chunks " + run.chunksByOperation()));
        if (run.firstBreak() != null) {
            out.println("limit: " + run.firstBreak().describe());
            return;
        }
        run.triggers().stream().max(Comparator.comparingDouble(u -> highest(run, u))).ifPresentOrElse(
                u -> out.println("limit: none broken; closest is " + u.source() + " with " + u.peakQueries() + "/"
                        + run.limits().maxQueries() + " queries, " + u.peakDml() + "/" + run.limits().maxDml()
                        + " DML in one operation"),
                () -> out.println("limit: none broken; no trigger ran"));
    }

    private static double highest(LimitsRun run, TriggerUsage u) {
        return Math.max(run.share(u, LimitKind.MAX_QUERIES), run.share(u, LimitKind.MAX_DML));
    }
}
