package dev.triggerstudio.trace;

public record LogLine(String level, String message) {
}
