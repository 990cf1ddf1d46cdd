package dev.triggerstudio.lang.stanza;

/**
 * The budget of one record run: every evaluation step and every record scanned costs one unit.
 * Also watches the wall clock, cheaply, so a slow host cannot keep a script running past its timeout.
 */
public final class Fuel {

    private static final int CLOCK_EVERY = 1024;

    private final long budget;
    private final long timeoutMs;
    private final long deadlineNanos;
    private long used;

    public Fuel(long budget, long timeoutMs) {
        this.budget = budget;
        this.timeoutMs = timeoutMs;
        this.deadlineNanos = timeoutMs > 0 ? System.nanoTime() + timeoutMs * 1_000_000L : Long.MAX_VALUE;
    }

    /** Spends one unit on the step at token; throws when the budget or the time is used up. */
    public void charge(Token at) {
        used++;
        if (used > budget) {
            throw new StanzaError(at, "Out of fuel at line " + at.line() + ": this run used its budget of "
                    + budget + " steps. Raise limits.stanza_fuel in project.json or scan fewer records.");
        }
        if (used % CLOCK_EVERY == 0 && System.nanoTime() > deadlineNanos) {
            throw new StanzaError(at, "Timed out at line " + at.line() + " after " + timeoutMs + " ms.");
        }
    }

    public long used() {
        return Math.min(used, budget);
    }

    public long budget() {
        return budget;
    }
}
