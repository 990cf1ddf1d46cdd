package dev.triggerstudio.lang.stanza;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stanza's value rules at run time (docs/stanza.md, "Values and nulls"). Values are String, Long,
 * Double, Boolean, null, List, Map (a record, or a lookup {@code {"id", "name"}}) and RecordSet.
 */
final class Values {
    /** Longest text '+' may build, what a field holds: doubling a string in a few lines must not fill the heap. */
    static final int MAX_TEXT = dev.triggerstudio.model.ValueLimits.MAX_TEXT;

    private Values() {
    }

    // --- arithmetic ---

    static Object arithmetic(Token op, Object a, Object b) {
        if (op.type() == TokenType.PLUS && (a instanceof String || b instanceof String)) {
            return join(op, text(a), text(b));
        }
        if (a == null || b == null) {
            return null;
        }
        if (!(a instanceof Number x) || !(b instanceof Number y)) {
            throw new StanzaError(op, "Operands of '" + op.lexeme() + "' must be numbers"
                    + (op.type() == TokenType.PLUS ? " or text" : "") + ", got " + typeName(a) + " and "
                    + typeName(b) + ".");
        }
        return numeric(op, x, y);
    }

    private static String join(Token op, String a, String b) {
        long length = (long) a.length() + b.length();
        if (length > MAX_TEXT) {
            throw new StanzaError(op, "'+' would build a text of " + length + " characters at line " + op.line()
                    + "; the limit is " + MAX_TEXT + ".");
        }
        return a + b;
    }

    private static Object numeric(Token op, Number x, Number y) {
        boolean whole = isWhole(x) && isWhole(y);
        try {
            return switch (op.type()) {
                case PLUS -> whole ? (Object) Math.addExact(x.longValue(), y.longValue()) : finite(op, x.doubleValue() + y.doubleValue());
                case MINUS -> whole ? (Object) Math.subtractExact(x.longValue(), y.longValue()) : finite(op, x.doubleValue() - y.doubleValue());
                case STAR -> whole ? (Object) Math.multiplyExact(x.longValue(), y.longValue()) : finite(op, x.doubleValue() * y.doubleValue());
                default -> divide(op, x, y);
            };
        } catch (ArithmeticException overflow) {
            throw new StanzaError(op, "Number too large.");
        }
    }

    private static Object divide(Token op, Number x, Number y) {
        if (y.doubleValue() == 0) {
            throw new StanzaError(op, "Division by zero.");
        }
        return finite(op, x.doubleValue() / y.doubleValue());
    }

    static Object negate(Token op, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            try {
                return isWhole(n) ? (Object) Math.negateExact(n.longValue()) : -n.doubleValue();
            } catch (ArithmeticException overflow) {
                throw new StanzaError(op, "Number too large.");
            }
        }
        throw new StanzaError(op, "Operand of '-' must be a number, got " + typeName(value) + ".");
    }

    private static double finite(Token op, double d) {
        if (!Double.isFinite(d)) {
            throw new StanzaError(op, "Number too large.");
        }
        return d;
    }

    static boolean isWhole(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    // --- predicates ---

    static boolean predicate(Token op, Object left, Object right) {
        return switch (op.type()) {
            case EQ -> equal(left, right);
            case NE -> !equal(left, right);
            case GT -> left != null && right != null && order(op, left, right) > 0;
            case GTE -> left != null && right != null && order(op, left, right) >= 0;
            case LT -> left != null && right != null && order(op, left, right) < 0;
            case LTE -> left != null && right != null && order(op, left, right) <= 0;
            case IN -> in(op, left, right);
            case NOT_IN -> !in(op, left, right);
            case IS_EMPTY -> isEmpty(left);
            case IS_NOT_EMPTY -> !isEmpty(left);
            default -> textPredicate(op, left, right);
        };
    }

    private static boolean textPredicate(Token op, Object left, Object right) {
        if (left == null || right == null) {
            return false;
        }
        if (left instanceof List<?> list && (op.type() == TokenType.CONTAINS || op.type() == TokenType.NOT_CONTAINS)) {
            boolean found = list.stream().anyMatch(item -> equal(item, right));
            return op.type() == TokenType.CONTAINS == found;
        }
        String l = textOperand(op, left);
        String r = textOperand(op, right);
        return switch (op.type()) {
            case CONTAINS -> l.contains(r);
            case NOT_CONTAINS -> !l.contains(r);
            case STARTS_WITH -> l.startsWith(r);
            default -> l.endsWith(r);
        };
    }

    private static String textOperand(Token op, Object value) {
        Object key = key(value);
        if (key instanceof String s) {
            return s;
        }
        throw new StanzaError(op, "'" + op.lexeme() + "' needs text, got " + typeName(value) + ".");
    }

    private static boolean in(Token op, Object left, Object right) {
        if (!(right instanceof Collection<?> items)) {
            throw new StanzaError(op, "'" + op.lexeme() + "' needs a list on its right, got " + typeName(right) + ".");
        }
        return items.stream().anyMatch(item -> equal(left, item));
    }

    static boolean isEmpty(Object value) {
        return switch (value) {
            case null -> true;
            case String s -> s.isBlank();
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            case RecordSet set -> set.records().isEmpty();
            default -> false;
        };
    }

    /** Equality with nulls as values: numbers by value, lookups by id, lists item by item. */
    static boolean equal(Object a, Object b) {
        Object x = key(a);
        Object y = key(b);
        if (x == null || y == null) {
            return x == y;
        }
        if (x instanceof Number n && y instanceof Number m) {
            return n.doubleValue() == m.doubleValue();
        }
        if (x instanceof List<?> l && y instanceof List<?> r) {
            if (l.size() != r.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!equal(l.get(i), r.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return x.equals(y);
    }

    /** Order of two non-null values of the same kind: numbers, or text (lookups compare by id). */
    static int order(Token op, Object a, Object b) {
        Object x = key(a);
        Object y = key(b);
        if (x instanceof Number n && y instanceof Number m) {
            return Double.compare(n.doubleValue(), m.doubleValue());
        }
        if (x instanceof String s && y instanceof String t) {
            return s.compareTo(t);
        }
        throw new StanzaError(op, "Cannot compare " + typeName(a) + " with " + typeName(b) + ".");
    }

    /** A lookup {@code {"id", ...}} stands for its id when compared. */
    static Object key(Object value) {
        if (value instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            return id;
        }
        return value;
    }

    /** The id a value names: a string, a number, or a lookup or record's id; null when none. */
    static String idOf(Object value) {
        Object key = key(value);
        return switch (key) {
            case null -> null;
            case String s -> s;
            case Number n -> text(n);
            default -> null;
        };
    }

    static boolean truth(Token at, Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new StanzaError(at, "Condition must be true or false, got " + typeName(value) + ".");
    }

    // --- text ---

    /** How a value joins a string: null as empty, whole numbers without ".0", a lookup by its name. */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f -> text(f.doubleValue());
            case Map<?, ?> map when map.get("name") != null -> text(map.get("name"));
            case Map<?, ?> map when map.get("id") != null -> text(map.get("id"));
            case List<?> list -> "[" + String.join(", ", list.stream().map(i -> i == null ? "null" : text(i)).toList()) + "]";
            case RecordSet set -> set.records().size() + " " + set.definition() + " records";
            default -> String.valueOf(value);
        };
    }

    static String typeName(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "text \"" + (s.length() > 20 ? s.substring(0, 17) + "..." : s) + "\"";
            case Number n -> "number " + text(n);
            case Boolean b -> b.toString();
            case List<?> l -> "a list";
            case Map<?, ?> m -> "a record";
            case RecordSet s -> "a set of records";
            default -> value.getClass().getSimpleName();
        };
    }

    static List<Object> copyOfList(Collection<?> items) {
        return new ArrayList<>(items);
    }
}
