package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.debugger.Expression.Problem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/** The operations of {@link Expression} on JSON values; numbers compare by value whatever their Java type. */
final class Values {
    private Values() {
    }

    static Object member(Object target, String name) {
        if (target instanceof Map<?, ?> m) {
            return m.get(name);
        }
        if (target == null) {
            return null;
        }
        if (target instanceof List<?> l && ("length".equals(name) || "size".equals(name))) {
            return (long) l.size();
        }
        throw new Problem("." + name + " of " + kind(target) + " " + text(target) + "; only records and tables have fields");
    }

    static Object index(Object target, Object index) {
        if (target instanceof Map<?, ?> m) {
            return m.get(index instanceof Number n ? plain(n) : text(index));
        }
        if (target instanceof List<?> l && index instanceof Number n) {
            int i = n.intValue();
            return i >= 0 && i < l.size() ? l.get(i) : null;
        }
        if (target == null) {
            return null;
        }
        throw new Problem("[" + text(index) + "] of " + kind(target) + "; index a list by number or a table by key");
    }

    static Object length(Object v) {
        return switch (v) {
            case String s -> (long) s.length();
            case List<?> l -> (long) l.size();
            case Map<?, ?> m -> (long) m.size();
            case null -> 0L;
            default -> throw new Problem("len() of " + kind(v) + "; give it a text, list or table");
        };
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        return a == null ? b == null : a.equals(b);
    }

    static boolean compare(String op, Object a, Object b) {
        int c;
        if (a == null || b == null) {
            return false; // as SQL: nothing is greater or less than a missing value
        } else if (a instanceof Number x && b instanceof Number y) {
            c = decimal(x).compareTo(decimal(y));
        } else if (a instanceof String x && b instanceof String y) {
            c = x.compareTo(y);
        } else {
            throw new Problem("cannot compare " + kind(a) + " " + text(a) + " with " + kind(b) + " " + text(b));
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static Object arithmetic(String op, Object a, Object b) {
        if ("+".equals(op) && (a instanceof String || b instanceof String)) {
            return text(a) + text(b);
        }
        if (!(a instanceof Number x) || !(b instanceof Number y)) {
            throw new Problem("cannot compute " + text(a) + " " + op + " " + text(b) + "; both sides must be numbers");
        }
        BigDecimal l = decimal(x);
        BigDecimal r = decimal(y);
        if (("/".equals(op) || "%".equals(op)) && r.signum() == 0) {
            throw new Problem("division by zero");
        }
        BigDecimal out = switch (op) {
            case "+" -> l.add(r);
            case "-" -> l.subtract(r);
            case "*" -> l.multiply(r);
            case "/" -> l.divide(r, MathContext.DECIMAL64);
            default -> l.remainder(r);
        };
        return number(out);
    }

    private static Object number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() <= 0 && s.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return s.longValueExact();
        }
        return d.doubleValue();
    }

    private static BigDecimal decimal(Number n) {
        return new BigDecimal(n.toString());
    }

    private static String plain(Number n) {
        Object v = number(decimal(n));
        return v.toString();
    }

    static String text(Object v) {
        if (v instanceof Number n) {
            return plain(n);
        }
        return String.valueOf(v);
    }

    static String kind(Object v) {
        return switch (v) {
            case null -> "null";
            case String s -> "text";
            case Number n -> "number";
            case Boolean b -> "boolean";
            case List<?> l -> "list";
            case Map<?, ?> m -> "table";
            default -> "value";
        };
    }
}
