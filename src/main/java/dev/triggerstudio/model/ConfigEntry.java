package dev.triggerstudio.model;

import java.util.Map;

/** {@code config/*.json}: what {@code context.metadata.get_config(api_name)} returns. */
public record ConfigEntry(String apiName, Map<String, Object> values) {
}
