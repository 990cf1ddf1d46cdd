package dev.triggerstudio.lang.stanza;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code sum avg min max count exists}. Nulls in a field list are skipped; the sum of nothing is 0,
 * the average, minimum and maximum of nothing are null. Every item looked at costs one unit of fuel.
 */
final class Aggregates {

    private Aggregates() {
    }

    static Object apply(Token fn, Object target, Fuel fuel) {
        return switch (fn.lexeme()) {
            case "count" -> count(fn, target, fuel);
            case "exists" -> exists(fn, target, fuel);
            case "sum" -> sum(fn, values(fn, target, fuel));
            case "avg" -> avg(fn, values(fn, target, fuel));
            default -> extreme(fn, values(fn, target, fuel));
        };
    }

    private static long count(Token fn, Object target, Fuel fuel) {
        if (target instanceof RecordSet set) {
            return set.records().size();
        }
        return values(fn, target, fuel).size();
    }

    private static boolean exists(Token fn, Object target, Fuel fuel) {
        if (target instanceof RecordSet set) {
            return !set.records().isEmpty();
        }
        return !values(fn, target, fuel).isEmpty();
    }

    /** The non-null items of a field list; null stands for an empty list. */
    private static List<Object> values(Token fn, Object target, Fuel fuel) {
        if (target == null) {
            return List.of();
        }
        if (target instanceof RecordSet) {
            throw new StanzaError(fn, "'" + fn.lexeme() + "' works on a field list: add '.fields.<field>' before it.");
        }
        if (!(target instanceof Collection<?> items)) {
            throw new StanzaError(fn, "'" + fn.lexeme() + "' needs a list, got " + Values.typeName(target) + ".");
        }
        List<Object> present = new ArrayList<>();
        for (Object item : items) {
            fuel.charge(fn);
            if (item != null) {
                present.add(item);
            }
        }
        return present;
    }

    private static Object sum(Token fn, List<Object> items) {
        boolean whole = true;
        long longSum = 0;
        double doubleSum = 0;
        for (Object item : items) {
            Number n = number(fn, item);
            whole &= Values.isWhole(n);
            doubleSum += n.doubleValue();
            if (whole) {
                try {
                    longSum = Math.addExact(longSum, n.longValue());
                } catch (ArithmeticException overflow) {
                    throw new StanzaError(fn, "Number too large.");
                }
            }
        }
        return whole ? (Object) longSum : (Object) doubleSum;
    }

    private static Object avg(Token fn, List<Object> items) {
        if (items.isEmpty()) {
            return null;
        }
        double total = 0;
        for (Object item : items) {
            total += number(fn, item).doubleValue();
        }
        return total / items.size();
    }

    private static Object extreme(Token fn, List<Object> items) {
        Object best = null;
        for (Object item : items) {
            if (best == null) {
                best = item;
                continue;
            }
            int order = Values.order(fn, item, best);
            if (fn.lexeme().equals("min") ? order < 0 : order > 0) {
                best = item;
            }
        }
        return best;
    }

    private static Number number(Token fn, Object item) {
        if (item instanceof Number n) {
            return n;
        }
        throw new StanzaError(fn, "'" + fn.lexeme() + "' needs numbers, got " + Values.typeName(item) + ".");
    }
}
