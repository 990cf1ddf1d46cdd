package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.RunWhenValues;
import dev.triggerstudio.ui.common.JsonNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns what the user typed into the JSON value a condition stores, and says what is wrong. */
public final class ConditionValues {
    private ConditionValues() {
    }

    /** The value for the field's type: numbers as numbers, booleans as booleans, lists for in/not_in. */
    public static Object parse(FieldType type, Predicate predicate, String text) {
        if (predicate != null && predicate.takesList()) {
            List<Object> list = new ArrayList<>();
            Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(s -> list.add(scalar(type, s)));
            return list;
        }
        return text.isBlank() ? null : scalar(type, text.trim());
    }

    static Object scalar(FieldType type, String s) {
        try {
            return switch (type) {
                case INTEGER -> JsonNumbers.parseWhole(s);
                case NUMBER -> JsonNumbers.parse(s);
                case BOOLEAN -> s.equalsIgnoreCase("true") ? Boolean.TRUE
                        : s.equalsIgnoreCase("false") ? Boolean.FALSE : s;
                default -> s;
            };
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** Text for an editor: lists joined with commas. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(ConditionValues::format).toList());
        }
        return String.valueOf(value);
    }

    /** What is wrong with a row's value for its field, or empty when it fits. */
    public static Optional<String> problem(FieldChoice field, Predicate predicate, Object value) {
        if (predicate == null || !predicate.takesValue()) {
            return Optional.empty();
        }
        if (value == null || (value instanceof List<?> l && l.isEmpty())) {
            return Optional.of(field.label() + " " + predicate.phrase() + " needs a value");
        }
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        for (Object item : items) {
            Optional<String> p = itemProblem(field, predicate, item);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The same rule as {@code check}: a value the builder accepts never fails the project's check. */
    private static Optional<String> itemProblem(FieldChoice field, Predicate predicate, Object item) {
        if (!RunWhenValues.typed(predicate)) {
            return Optional.empty();
        }
        return RunWhenValues.problem(field.label(), field.type(), field.values(), item);
    }
}
