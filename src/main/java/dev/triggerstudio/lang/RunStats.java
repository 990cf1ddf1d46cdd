package dev.triggerstudio.lang;

/**
 * What one run used, for the trace and the limits meter.
 *
 * @param instructions Lua instructions, Stanza fuel, or 0 where the language cannot count
 * @param waitMs time spent waiting for a language engine to start (GraalPy cold start), else 0
 */
public record RunStats(long instructions, long waitMs) {
    public static final RunStats NONE = new RunStats(0, 0);
}
