package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.Limits;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a step used of the project's governor limits: queries, DML, fuel and time. */
public final class LimitUsage {

    /** One limit: used of allowed; {@code fraction} colours the figure (warn from 80 %). */
    public record Use(String name, long used, long limit) {
        public double fraction() {
            return limit <= 0 ? 0 : (double) used / limit;
        }

        public boolean nearLimit() {
            return fraction() >= 0.8;
        }

        @Override
        public String toString() {
            return name + " " + used + "/" + limit;
        }
    }

    private LimitUsage() {
    }

    /** The limits a step reports in its metrics, against the project's limits; time for triggers. */
    public static List<Use> of(TraceNode step, Limits limits) {
        Map<String, Object> m = step.metrics().isEmpty() ? childrenTotal(step) : step.metrics();
        List<Use> uses = new ArrayList<>();
        add(uses, m, "queries", "queries", limits.maxQueries());
        add(uses, m, "dml", "DML", limits.maxDml());
        add(uses, m, "dml_rows", "DML rows", limits.maxDmlRows());
        add(uses, m, "instructions", "fuel", limits.stanzaFuel());
        if (StepName.of(step.step()).map(StepName::isRun).orElse(false)) {
            uses.add(new Use("ms", Math.round(step.durationUs() / 1000.0), limits.triggerTimeoutMs()));
        }
        return uses;
    }

    /**
     * A phase (before_triggers, after_automations …) reports no metrics of its own: it used what its
     * triggers and automations used together, and limits count over the whole operation.
     */
    private static Map<String, Object> childrenTotal(TraceNode phase) {
        Map<String, Object> total = new java.util.LinkedHashMap<>();
        for (TraceNode child : phase.children()) {
            if (StepName.of(child.step()).map(StepName::isRun).orElse(false)) {
                child.metrics().forEach((k, v) -> {
                    if (v instanceof Number n) {
                        total.merge(k, n.longValue(), (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
                    }
                });
            }
        }
        return total;
    }

    private static void add(List<Use> uses, Map<String, Object> m, String key, String name, long limit) {
        if (m.get(key) instanceof Number n) {
            uses.add(new Use(name, n.longValue(), limit));
        }
    }

    /** "queries 2/100 · DML 0/150 · fuel 38/10000 · ms 1/10000", empty when the step used none. */
    public static String text(TraceNode step, Limits limits) {
        return String.join(" · ", of(step, limits).stream().map(Use::toString).toList());
    }
}
