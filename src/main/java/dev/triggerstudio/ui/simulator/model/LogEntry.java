package dev.triggerstudio.ui.simulator.model;

/** One log line of a step. */
public record LogEntry(String level, String message) {
}
