package dev.triggerstudio.trace;

/**
 * Why an operation or async job did not commit: {@code {"message", "step", "source", "line"}}.
 *
 * @param step the lifecycle step where it happened, e.g. before_triggers
 * @param source {@code trigger:<id>}, {@code automation:<id>}, or null for the system
 * @param line the script line, or null
 */
public record TraceError(String message, String step, String source, Integer line) {
}
