package dev.triggerstudio.ui.simulator.model;

/** One field of a record before and after a step; {@code changed} drives the highlight. */
public record DiffRow(String field, Object before, Object after, boolean changed) {
}
