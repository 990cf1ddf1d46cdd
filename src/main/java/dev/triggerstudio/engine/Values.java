package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Record values: copies, emptiness, comparison, and the type rules of validate_system. */
final class Values {
    private Values() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> map) {
        if (map == null) {
            return null;
        }
        Map<String, Object> copy = LinkedHashMap.newLinkedHashMap(map.size());
        for (Map.Entry<String, Object> e : map.entrySet()) {
            copy.put(e.getKey(), copyValue(e.getValue()));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return deepCopy((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(x -> c.add(copyValue(x)));
            return c;
        }
        return v;
    }

    static boolean isEmpty(Object v) {
        return v == null || (v instanceof String s && s.isEmpty()) || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    /** The id of a lookup value, whether a plain id or {@code {"id", "name"}}. */
    static Object lookupId(Object v) {
        return v instanceof Map<?, ?> m ? m.get("id") : v;
    }

    /** Equality that treats 5 and 5.0 alike and compares lookups by id. */
    static boolean same(Object a, Object b) {
        a = lookupId(a);
        b = lookupId(b);
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof Number x && b instanceof String s) {
            return numberEquals(x, s);
        }
        if (b instanceof Number y && a instanceof String s) {
            return numberEquals(y, s);
        }
        if (a instanceof Boolean x && b instanceof String s) {
            return x.toString().equalsIgnoreCase(s);
        }
        if (b instanceof Boolean y && a instanceof String s) {
            return y.toString().equalsIgnoreCase(s);
        }
        return a == null ? b == null : a.equals(b);
    }

    private static boolean numberEquals(Number n, String s) {
        try {
            return Double.compare(n.doubleValue(), Double.parseDouble(s.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Orders numbers numerically and everything else as text; null when not comparable. */
    static Integer compare(Object a, Object b) {
        a = lookupId(a);
        b = lookupId(b);
        if (a == null || b == null) {
            return null;
        }
        Double x = asDouble(a);
        Double y = asDouble(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return a.toString().compareTo(b.toString());
    }

    static Double asDouble(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Why a value does not fit a field, or null when it does. Null values always fit. */
    static String typeProblem(FieldDef f, Object v) {
        if (v == null) {
            return null;
        }
        return switch (f.type()) {
            case NUMBER -> v instanceof Number ? null : "expected a number";
            case INTEGER -> isIntegral(v) ? null : "expected a whole number";
            case BOOLEAN -> v instanceof Boolean ? null : "expected true or false";
            case LOOKUP -> v instanceof String || (v instanceof Map<?, ?> m && m.get("id") != null) ? null
                    : "expected the id or " + "name of a " + f.to();
            case ADDRESS -> v instanceof Map<?, ?> || v instanceof String ? null : "expected an address object";
            case JSON -> null;
            case PICKLIST -> picklistProblem(f, v);
            default -> v instanceof String s ? lengthProblem(f, s) : "expected text";
        };
    }

    private static String picklistProblem(FieldDef f, Object v) {
        if (!(v instanceof String s)) {
            return "expected one of " + String.join(", ", f.values());
        }
        return f.values().contains(s) ? null : "\"" + s + "\" is not one of " + String.join(", ", f.values());
    }

    private static String lengthProblem(FieldDef f, String s) {
        if (f.maxLength() != null && s.length() > f.maxLength()) {
            return "too long: " + s.length() + " characters (max_length is " + f.maxLength() + ")";
        }
        return null;
    }

    private static boolean isIntegral(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return true;
        }
        return v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && !Double.isInfinite(n.doubleValue());
    }

    /** Normalises JSON numbers: integers to Long for integer fields, everything to Double for number fields. */
    static Object normalise(FieldType type, Object v) {
        if (v instanceof Number n) {
            if (type == FieldType.NUMBER) {
                return n.doubleValue();
            }
            if (type == FieldType.INTEGER) {
                return n.longValue();
            }
        }
        return v;
    }

    static String show(Object v) {
        String s = v instanceof String str ? "\"" + str + "\"" : String.valueOf(v);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
