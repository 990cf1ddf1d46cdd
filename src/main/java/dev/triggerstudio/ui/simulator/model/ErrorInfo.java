package dev.triggerstudio.ui.simulator.model;

/** Why an operation, job or step did not succeed, as in the trace JSON's {@code error}. */
public record ErrorInfo(String message, String step, String source, Integer line) {
}
