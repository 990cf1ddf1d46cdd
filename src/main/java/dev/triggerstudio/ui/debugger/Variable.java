package dev.triggerstudio.ui.debugger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the Variables panel: a local, or a field, element or key inside one. {@code changed}
 * when its value differs from the same path at the previous step (or did not exist there).
 * Children are made when the tree opens the node.
 */
public record Variable(String name, String path, Object value, boolean changed, Object previous, boolean existedBefore) {

    /** The locals, in the order the recording lists them. */
    public static List<Variable> roots(Map<String, Object> locals, Map<String, Object> before) {
        List<Variable> out = new ArrayList<>();
        boolean compare = before != null;
        locals.forEach((k, v) -> {
            boolean had = compare && before.containsKey(k);
            Object old = had ? before.get(k) : null;
            out.add(new Variable(k, k, v, compare && (!had || !Objects.equals(old, v)), old, had));
        });
        return out;
    }

    public List<Variable> children() {
        List<Variable> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            Map<?, ?> old = previous instanceof Map<?, ?> p ? p : null;
            m.forEach((k, v) -> out.add(child(String.valueOf(k), path + "." + k, v,
                    old != null && old.containsKey(k), old == null ? null : old.get(k))));
        } else if (value instanceof List<?> l) {
            List<?> old = previous instanceof List<?> p ? p : null;
            for (int i = 0; i < l.size(); i++) {
                boolean had = old != null && i < old.size();
                out.add(child("[" + i + "]", path + "[" + i + "]", l.get(i), had, had ? old.get(i) : null));
            }
        }
        return out;
    }

    private Variable child(String n, String p, Object v, boolean had, Object old) {
        // under a local that is new at this step, every part is new but only the local is marked
        boolean diff = changed && existedBefore && (!had || !Objects.equals(old, v));
        return new Variable(n, p, v, diff, old, had);
    }

    public boolean hasChildren() {
        return value instanceof Map<?, ?> m && !m.isEmpty() || value instanceof List<?> l && !l.isEmpty();
    }

    /** The value as one line: text quoted, tables and lists summarised. */
    public String display() {
        return switch (value) {
            case null -> "null";
            case String s -> "\"" + s + "\"";
            case Map<?, ?> m -> "{" + m.size() + (m.size() == 1 ? " field}" : " fields}");
            case List<?> l -> "[" + l.size() + (l.size() == 1 ? " item]" : " items]");
            default -> Values.text(value);
        };
    }

    /** The kind shown beside the value: text, number, boolean, table, list, null. */
    public String kind() {
        return Values.kind(value);
    }
}
