package dev.triggerstudio.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Says whether a Run When value fits its field's type. One rule for the builder (as the user types)
 * and for {@code check} (with the file's position), so a value the builder refuses never ships in a
 * bundle. Only predicates that compare values are typed: contains, starts_with and ends_with match
 * text, so "2026-01" is a fair thing to look for in a date.
 */
public final class RunWhenValues {
    private RunWhenValues() {
    }

    /** The type a field compares as; system dates are datetimes, the other system fields text. */
    public static FieldType typeOf(ObjectDef object, String field) {
        FieldDef f = object.fieldOrNull(field);
        if (f != null && f.type() != null) {
            return f.type();
        }
        return field != null && field.endsWith("_date") ? FieldType.DATETIME : FieldType.TEXT;
    }

    /** The picklist values of a field (empty for other fields). */
    public static List<String> picklistOf(ObjectDef object, String field) {
        FieldDef f = object.fieldOrNull(field);
        return f == null || f.values() == null ? List.of() : f.values();
    }

    /** Whether this predicate's value is compared as the field's type. */
    public static boolean typed(Predicate predicate) {
        return predicate != null && predicate.takesValue() && switch (predicate) {
            case CONTAINS, NOT_CONTAINS, STARTS_WITH, ENDS_WITH -> false;
            default -> true;
        };
    }

    /** What is wrong with one value (one item of an in/not_in list) for the field, or empty when it fits. */
    public static Optional<String> problem(String label, FieldType type, List<String> picklist, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = String.valueOf(value);
        return switch (type) {
            case NUMBER -> isNumber(value) ? Optional.empty()
                    : Optional.of(label + " needs a number such as 12.5, not \"" + text + "\"");
            case INTEGER -> isWholeNumber(value) ? Optional.empty()
                    : Optional.of(label + " needs a whole number such as 12, not \"" + text + "\"");
            case BOOLEAN -> value instanceof Boolean ? Optional.empty()
                    : Optional.of(label + " needs true or false, not \"" + text + "\"");
            case DATE -> isDate(text) ? Optional.empty()
                    : Optional.of(label + " needs a date such as 2026-01-31, not \"" + text + "\"");
            case DATETIME -> isDateTime(text) ? Optional.empty()
                    : Optional.of(label + " needs a date and time such as 2026-01-31T09:30:00Z, not \"" + text + "\"");
            case PICKLIST -> picklist.isEmpty() || picklist.contains(text) ? Optional.empty()
                    : Optional.of("\"" + text + "\" is not a value of " + label + "; choose one of "
                    + String.join(", ", picklist));
            default -> Optional.empty();
        };
    }

    private static boolean isNumber(Object value) {
        if (value instanceof Number) {
            return true;
        }
        try {
            new BigDecimal(String.valueOf(value).trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isWholeNumber(Object value) {
        if (!isNumber(value)) {
            return false;
        }
        BigDecimal d = new BigDecimal(String.valueOf(value).trim());
        return d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The forms the store's datetime formatting accepts: an instant, with an offset, local (UTC) or a bare date. */
    private static boolean isDateTime(String text) {
        for (java.util.function.Consumer<String> parser : List.<java.util.function.Consumer<String>>of(
                Instant::parse, OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse)) {
            try {
                parser.accept(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }
}
