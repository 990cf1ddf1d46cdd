package dev.triggerstudio.engine;

import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.RunWhen;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates Run When conditions on a record. Text predicates (contains, starts_with, ends_with)
 * ignore case; equals compares exactly (numbers numerically, lookups by id or name).
 */
public final class RunWhenMatcher {
    private RunWhenMatcher() {
    }

    public static boolean matches(RunWhen rw, Map<String, Object> record, Map<String, Object> old) {
        if (rw == null || rw.isEmpty()) {
            return true;
        }
        boolean all = rw.match() == Match.ALL;
        for (Condition c : rw.conditions()) {
            boolean ok = test(c, record, old);
            if (all && !ok) {
                return false;
            }
            if (!all && ok) {
                return true;
            }
        }
        return all;
    }

    public static boolean test(Condition c, Map<String, Object> record, Map<String, Object> old) {
        Object v = record.get(c.field());
        Object want = c.value();
        return switch (c.predicate()) {
            case EQUALS -> equalsValue(v, want);
            case NOT_EQUALS -> !equalsValue(v, want);
            case CONTAINS -> text(v).contains(text(want));
            case NOT_CONTAINS -> !text(v).contains(text(want));
            case STARTS_WITH -> v != null && text(v).startsWith(text(want));
            case ENDS_WITH -> v != null && text(v).endsWith(text(want));
            case GREATER_THAN -> cmp(v, want, n -> n > 0);
            case GREATER_OR_EQUAL -> cmp(v, want, n -> n >= 0);
            case LESS_THAN -> cmp(v, want, n -> n < 0);
            case LESS_OR_EQUAL -> cmp(v, want, n -> n <= 0);
            case IS_EMPTY -> Values.isEmpty(Values.lookupId(v));
            case IS_NOT_EMPTY -> !Values.isEmpty(Values.lookupId(v));
            case IN -> in(v, want);
            case NOT_IN -> !in(v, want);
            case CHANGED -> old != null && !Values.same(v, old.get(c.field()));
        };
    }

    private static boolean equalsValue(Object v, Object want) {
        if (Values.same(v, want)) {
            return true;
        }
        return v instanceof Map<?, ?> m && want != null && Values.same(m.get("name"), want);
    }

    private static boolean in(Object v, Object want) {
        Collection<?> list = want instanceof Collection<?> c ? c : List.of(want == null ? "" : want);
        return list.stream().anyMatch(w -> equalsValue(v, w));
    }

    private static boolean cmp(Object v, Object want, java.util.function.IntPredicate test) {
        Integer c = Values.compare(v, want);
        return c != null && test.test(c);
    }

    private static String text(Object v) {
        Object x = v instanceof Map<?, ?> m && m.containsKey("name") ? m.get("name") : v;
        return x == null ? "" : x.toString().toLowerCase(Locale.ROOT);
    }
}
