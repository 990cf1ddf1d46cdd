package dev.triggerstudio.ui.simulator;

import java.util.Map;

/**
 * Readable names of the lifecycle's steps for the timeline and its legend: short enough for a
 * timeline cell (two lines of small text), whole words, never a code the user has to learn.
 */
final class StepLabels {
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("initialize", "Initialize"), Map.entry("check_permissions", "Permissions"),
            Map.entry("validate_system", "Validate"), Map.entry("hydrate", "Hydrate"),
            Map.entry("fetch_old_data", "Old data"), Map.entry("merge_data", "Merge"),
            Map.entry("resolve_lookups", "Lookups"), Map.entry("format_fields", "Format"),
            Map.entry("before_triggers", "Before\ntriggers"), Map.entry("before_automations", "Before\nautomations"),
            Map.entry("database_insert", "Insert"), Map.entry("database_update", "Update"),
            Map.entry("database_delete", "Delete"), Map.entry("after_triggers", "After\ntriggers"),
            Map.entry("after_automations", "After\nautomations"), Map.entry("post_process", "Post-\nprocess"),
            Map.entry("queue_async", "Queue\nasync"), Map.entry("return_response", "Return"),
            Map.entry("fetch_records", "Fetch"), Map.entry("trigger", "Trigger"),
            Map.entry("automation", "Automation"), Map.entry("operation", "Nested\noperation"));

    private StepLabels() {
    }

    /** The cell's text: "Before\ntriggers" for before_triggers; an unknown step keeps its own name. */
    static String cell(String step) {
        return SHORT.getOrDefault(step, step);
    }

    /** The full name: "Before automations" for before_automations. */
    static String full(String step) {
        if ("operation".equals(step)) {
            return "Nested operation";
        }
        String spaced = step.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
