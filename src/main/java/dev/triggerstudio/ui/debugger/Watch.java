package dev.triggerstudio.ui.debugger;

import java.util.Map;
import java.util.Objects;

/** A watch expression and its value at the current step; {@code changed} since the previous step. */
public record Watch(String expression, String value, boolean failed, boolean changed) {

    /** Evaluates {@code expression} over {@code locals}, compared with its value over {@code before}. */
    static Watch of(String expression, Map<String, Object> locals, Map<String, Object> before) {
        try {
            Expression e = Expression.parse(expression);
            Object now = e.evaluate(locals);
            boolean changed = before != null && !Objects.equals(text(e, before), Values.text(now));
            return new Watch(expression, shown(now), false, changed);
        } catch (Expression.Problem p) {
            return new Watch(expression, p.getMessage(), true, false);
        }
    }

    private static String text(Expression e, Map<String, Object> locals) {
        try {
            return Values.text(e.evaluate(locals));
        } catch (Expression.Problem p) {
            return null;
        }
    }

    private static String shown(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : Values.text(v);
    }
}
