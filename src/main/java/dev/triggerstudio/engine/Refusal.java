package dev.triggerstudio.engine;

import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceError;

/**
 * Stops an operation: REJECTED when something refuses it on purpose (a permission, a validation,
 * a trigger's reject), FAILED when something breaks (an error, a timeout, a limit). Either way the
 * whole operation rolls back.
 */
final class Refusal extends RuntimeException {
    enum Kind { REJECTED, FAILED }

    private final Kind kind;
    private final String source;
    private final Integer line;
    private StepName step;

    Refusal(Kind kind, String message, String source, Integer line) {
        super(message, null, false, false);
        this.kind = kind;
        this.source = source;
        this.line = line;
    }

    static Refusal rejected(String message) {
        return new Refusal(Kind.REJECTED, message, null, null);
    }

    static Refusal failed(String message) {
        return new Refusal(Kind.FAILED, message, null, null);
    }

    Kind kind() {
        return kind;
    }

    String source() {
        return source;
    }

    Integer line() {
        return line;
    }

    StepName step() {
        return step;
    }

    /** How the trace shows it; a refusal that no step claimed is placed at fallback. */
    TraceError traceError(StepName fallback) {
        StepName at = step != null ? step : fallback;
        return new TraceError(getMessage(), at == null ? null : at.jsonName(), source, line);
    }

    /** The lifecycle step where it happened; the innermost step wins. */
    Refusal at(StepName stepName) {
        if (step == null) {
            step = stepName;
        }
        return this;
    }

    String status() {
        return kind == Kind.REJECTED ? "rejected" : "failed";
    }
}
