package dev.triggerstudio.ui.simulator.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Json;
import java.math.BigDecimal;
import java.util.Locale;

/** Type-aware cells of the batch editor: the text a user types becomes the value the JSON holds. */
public final class CellValues {
    private CellValues() {
    }

    /**
     * The value for a cell's text, null for an empty cell. A {@code $ref} stays text whatever the type.
     *
     * @throws IllegalArgumentException with a message for the user when the text does not fit the type
     */
    public static Object parse(FieldType type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("$") || type == null) {
            return t;
        }
        return switch (type) {
            case NUMBER -> number(t);
            case INTEGER -> integer(t);
            case BOOLEAN -> bool(t);
            case JSON, ADDRESS -> json(t);
            default -> text;
        };
    }

    private static Object number(String t) {
        try {
            BigDecimal d = new BigDecimal(t);
            return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? (Object) d.longValueExact() : (Object) d.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a number; type digits such as 12.5");
        }
    }

    private static Object integer(String t) {
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not a whole number; type digits such as 12");
        }
    }

    private static Object bool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("\"" + t + "\" is not true or false");
        };
    }

    private static Object json(String t) {
        try {
            return Json.MAPPER.readValue(t, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + "; write e.g. {\"city\": \"Paris\"}");
        }
    }

    public static String show(Object value) {
        return Values.show(value);
    }
}
