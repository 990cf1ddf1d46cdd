package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.trace.StepName;

/**
 * Readable names of the lifecycle's steps for the timeline and its legend: short enough for a
 * timeline cell (two lines of small text), whole words, never a code the user has to learn.
 */
final class StepLabels {
    private StepLabels() {
    }

    /** The cell's text: "Before\ntriggers" for before_triggers; a step this version does not know keeps its own name. */
    static String cell(String step) {
        return StepName.of(step).map(StepLabels::cell).orElse(step);
    }

    private static String cell(StepName step) {
        return switch (step) {
            case INITIALIZE -> "Initialize";
            case FETCH_OLD_DATA -> "Old data";
            case CHECK_PERMISSIONS -> "Permissions";
            case VALIDATE_SYSTEM -> "Validate";
            case HYDRATE -> "Hydrate";
            case MERGE_DATA -> "Merge";
            case RESOLVE_LOOKUPS -> "Lookups";
            case FORMAT_FIELDS -> "Format";
            case FETCH_RECORDS -> "Fetch";
            case BEFORE_TRIGGERS -> "Before\ntriggers";
            case BEFORE_AUTOMATIONS -> "Before\nautomations";
            case DATABASE_INSERT -> "Insert";
            case DATABASE_UPDATE -> "Update";
            case DATABASE_DELETE -> "Delete";
            case AFTER_TRIGGERS -> "After\ntriggers";
            case AFTER_AUTOMATIONS -> "After\nautomations";
            case POST_PROCESS -> "Post-\nprocess";
            case QUEUE_ASYNC -> "Queue\nasync";
            case RETURN_RESPONSE -> "Return";
            case TRIGGER -> "Trigger";
            case AUTOMATION -> "Automation";
            case OPERATION -> "Nested\noperation";
            case ASYNC -> "Async";
        };
    }

    /** The full name: "Before automations" for before_automations. */
    static String full(String step) {
        if (StepName.OPERATION.is(step)) {
            return "Nested operation";
        }
        String spaced = step.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
