package dev.triggerstudio.trace;

import java.util.Map;

/** A record before and after a step; before is null for a record the step brought in. */
public record RecordChange(String id, Map<String, Object> before, Map<String, Object> after) {
}
