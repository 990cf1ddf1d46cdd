package dev.triggerstudio.ui.simulator.model;

import java.util.Map;

/** A record before and after a step; before is null when the step brought the record in. */
public record Change(String id, Map<String, Object> before, Map<String, Object> after) {
}
