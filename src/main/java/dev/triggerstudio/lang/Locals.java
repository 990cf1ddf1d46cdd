package dev.triggerstudio.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a script's variables into the JSON values a recording keeps. Long values are shortened
 * with a visible {@code …} so that one huge string or list cannot blow up a recording, and a
 * shortened value always says so: nothing is dropped silently.
 */
public final class Locals {
    /** Characters of a string kept before {@code …}. */
    public static final int MAX_TEXT = 200;
    /** Items of a list or entries of a map kept before a {@code "… N more"} marker. */
    public static final int MAX_ITEMS = 50;
    /** Nesting kept; deeper values read {@code "…"}. */
    public static final int MAX_DEPTH = 4;

    private Locals() {
    }

    /** A JSON value (String, Long, Double, Boolean, null, List, Map) shortened as above. */
    public static Object shorten(Object value) {
        return shorten(value, 0);
    }

    private static Object shorten(Object value, int depth) {
        if (value instanceof String s) {
            return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            if (depth >= MAX_DEPTH) {
                return "…";
            }
            return value instanceof Map<?, ?> m ? map(m, depth) : list((List<?>) value, depth);
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return shorten(String.valueOf(value), depth);
    }

    private static Map<String, Object> map(Map<?, ?> m, int depth) {
        Map<String, Object> out = LinkedHashMap.newLinkedHashMap(Math.min(m.size(), MAX_ITEMS + 1));
        int n = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (n++ == MAX_ITEMS) {
                out.put("…", (m.size() - MAX_ITEMS) + " more");
                break;
            }
            out.put(String.valueOf(e.getKey()), shorten(e.getValue(), depth + 1));
        }
        return out;
    }

    private static List<Object> list(List<?> l, int depth) {
        List<Object> out = new ArrayList<>(Math.min(l.size(), MAX_ITEMS + 1));
        for (int i = 0; i < l.size(); i++) {
            if (i == MAX_ITEMS) {
                out.add("… " + (l.size() - MAX_ITEMS) + " more");
                break;
            }
            out.add(shorten(l.get(i), depth + 1));
        }
        return out;
    }
}
