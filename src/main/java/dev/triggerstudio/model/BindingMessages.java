package dev.triggerstudio.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's binding errors into one line a user can act on. */
final class BindingMessages {
    private BindingMessages() {
    }

    static String explain(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown property \"" + u.getPropertyName() + "\" (expected one of " + names(u.getKnownPropertyIds())
                    + "); remove it or fix its spelling";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "unknown " + what(f) + " \"" + f.getValue() + "\" (expected one of "
                    + enumNames(f.getTargetType()) + ")";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getValue() != null) {
            return "wrong value " + shown(f.getValue()) + " for " + what(f) + ": expected " + describe(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "wrong type for " + what(m) + ": expected " + describe(m.getTargetType());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Numeric value (") && original.contains("out of range")) {
            return original.substring("Numeric value (".length(), original.indexOf(')')) + " is too large for " + what(e)
                    + "; see docs/format.md for the values it takes";
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof NullPointerException) {
            // the records copy their lists with List.copyOf, which refuses null items
            return "a null where a value is needed in this " + v.getType().getRawClass().getSimpleName().replaceAll("(Def|Spec)$", "").toLowerCase()
                    + " (a null item in a list?); remove the null or write a value";
        }
        // Jackson's own text names Java classes and switches: say what we know in our words instead
        return "wrong value for " + what(e) + "; see docs/format.md for what this file holds";
    }

    private static String shown(Object value) {
        String s = String.valueOf(value);
        s = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return value instanceof String ? "\"" + s + "\"" : s;
    }

    private static String what(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName().replace('_', ' ');
            }
        }
        return "value";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + enumNames(type);
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class
                || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number (no decimal point)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object {...}";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    private static String enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    private static String names(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
