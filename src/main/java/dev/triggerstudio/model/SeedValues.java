package dev.triggerstudio.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a value in {@code data/<object>.json} fits its field. Seed records go into the store as
 * they are, with no validate_system step, so a value of the wrong JSON type (text in a number
 * column) would only break later, in every run that reads it.
 */
final class SeedValues {
    private SeedValues() {
    }

    /** What is wrong with the seed value of {@code field}, or empty when it fits. */
    static Optional<String> problem(ObjectDef object, String field, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        FieldType type = RunWhenValues.typeOf(object, field);
        String label = object.apiName() + "." + field;
        Optional<String> wrongJsonType = jsonType(label, type, value);
        if (wrongJsonType.isPresent()) {
            return wrongJsonType;
        }
        // the same limits validate_system puts on a run's values: a seed goes into the store without that step
        FieldDef def = object.fieldOrNull(field);
        String limit = def == null ? null : ValueLimits.problem(def, value);
        if (limit != null) {
            return Optional.of(label + ": " + limit);
        }
        return switch (type) {
            case DATE, DATETIME -> RunWhenValues.problem(label, type, List.of(), value);
            default -> Optional.empty();
        };
    }

    private static Optional<String> jsonType(String label, FieldType type, Object value) {
        String shown = shown(value);
        return switch (type) {
            case NUMBER -> value instanceof Number ? Optional.empty()
                    : Optional.of(label + " is a number field; write a number such as 12.5, not " + shown);
            case INTEGER -> value instanceof Number n && whole(n) ? Optional.empty()
                    : Optional.of(label + " is a whole-number field; write a number such as 12, not " + shown);
            case BOOLEAN -> value instanceof Boolean ? Optional.empty()
                    : Optional.of(label + " is a true/false field; write true or false, not " + shown);
            case ADDRESS, JSON -> Optional.empty();
            case LOOKUP -> value instanceof String || value instanceof Map<?, ?> m && m.get("id") instanceof String
                    ? Optional.empty() : Optional.of(label + " is a lookup; write the target record's id as text, not " + shown);
            default -> value instanceof String ? Optional.empty()
                    : Optional.of(label + " is a " + type.name().toLowerCase() + " field; write text in double quotes, not " + shown);
        };
    }

    private static boolean whole(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
    }

    private static String shown(Object value) {
        String s = value instanceof String t ? "\"" + t + "\"" : value instanceof Map ? "an object" : value instanceof List ? "a list"
                : String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
