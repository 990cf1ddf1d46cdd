package dev.triggerstudio.lang;

import java.util.Map;

/**
 * A record as a trigger sees it. {@code record} is the new state (mutable: Before triggers edit it
 * in place); {@code old} is the stored state on update and delete, else null. Values are String,
 * Long, Double, Boolean, null, List, or Map (lookups are {@code {"id", "name"}}; address and json
 * fields are maps).
 */
public record RecordPair(String id, Map<String, Object> record, Map<String, Object> old) {
}
