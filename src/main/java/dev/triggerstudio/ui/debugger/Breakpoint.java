package dev.triggerstudio.ui.debugger;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A breakpoint on a script line. With a {@code condition} it stops only where the expression holds
 * over the recorded locals; with a {@code hitCount} N only from its N-th hit on (counted from the
 * start of the recording); with a {@code log} template it is a logpoint: it writes the template,
 * {@code {expressions}} filled in, to the Log and never stops.
 *
 * @param script the script relative to the project, e.g. {@code triggers/invoice_totals.py}
 */
public record Breakpoint(String script, int line, String condition, int hitCount, String log, boolean enabled) {

    public Breakpoint {
        condition = blankToNull(condition);
        log = blankToNull(log);
        hitCount = Math.max(0, hitCount);
    }

    public static Breakpoint at(String script, int line) {
        return new Breakpoint(script, line, null, 0, null, true);
    }

    @JsonIgnore
    public boolean isLogpoint() {
        return log != null;
    }

    public Breakpoint withCondition(String value) {
        return new Breakpoint(script, line, value, hitCount, log, enabled);
    }

    public Breakpoint withHitCount(int value) {
        return new Breakpoint(script, line, condition, value, log, enabled);
    }

    public Breakpoint withLog(String value) {
        return new Breakpoint(script, line, condition, hitCount, value, enabled);
    }

    public Breakpoint withLine(int value) {
        return new Breakpoint(script, value, condition, hitCount, log, enabled);
    }

    public Breakpoint withEnabled(boolean value) {
        return new Breakpoint(script, line, condition, hitCount, log, value);
    }

    /** "condition record.priority > 3, from hit 2" or "log: {record.id}", for the gutter's tooltip. */
    public String describe() {
        StringBuilder b = new StringBuilder(isLogpoint() ? "Logpoint" : "Breakpoint");
        b.append(" at line ").append(line);
        if (condition != null) {
            b.append(" when ").append(condition);
        }
        if (hitCount > 1) {
            b.append(", from hit ").append(hitCount);
        }
        if (log != null) {
            b.append(": logs \"").append(log).append('"');
        }
        return enabled ? b.toString() : b + " (disabled)";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
