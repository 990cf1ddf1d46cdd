package dev.triggerstudio.engine;

import dev.triggerstudio.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code "$ref"} anywhere in a later operation stands for the id of the record created with that ref. */
final class Refs {
    private Refs() {
    }

    static Operation substitute(Operation op, Map<String, String> refs) {
        if (!mentionsRef(op.records()) && !mentionsRef(op.ids())) {
            return op; // nothing to replace: Records.build copies what it keeps
        }
        List<Map<String, Object>> records = null;
        if (op.records() != null) {
            records = new ArrayList<>();
            for (Map<String, Object> r : op.records()) {
                records.add(map(r, refs));
            }
        }
        List<String> ids = null;
        if (op.ids() != null) {
            ids = new ArrayList<>();
            for (String id : op.ids()) {
                ids.add((String) value(id, refs));
            }
        }
        return new Operation(op.op(), op.object(), records, ids, op.where(), op.user());
    }

    /** Plain loops: this looks at every value of every record of a batch. */
    private static boolean mentionsRef(Object v) {
        if (v instanceof String s) {
            return !s.isEmpty() && s.charAt(0) == '$';
        }
        if (v instanceof Map<?, ?> m) {
            for (Object x : m.values()) {
                if (mentionsRef(x)) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof List<?> l) {
            for (Object x : l) {
                if (mentionsRef(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, Object> map(Map<String, Object> m, Map<String, String> refs) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, value(v, refs)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v, Map<String, String> refs) {
        if (v instanceof String s && s.startsWith("$")) {
            String id = refs.get(s.substring(1));
            if (id == null) {
                throw Refusal.rejected("unknown reference \"" + s + "\": the create that names it did not commit");
            }
            return id;
        }
        if (v instanceof Map<?, ?> m) {
            return map((Map<String, Object>) m, refs);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(value(x, refs)));
            return out;
        }
        return v;
    }
}
