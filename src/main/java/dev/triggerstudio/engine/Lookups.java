package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.store.Store;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns lookup ids or names into {@code {"id", "name"}} as triggers see them. */
final class Lookups {
    private final Project project;
    private final Store store;
    private final Map<String, Object> names = new HashMap<>();
    private final Map<String, Map<String, Object>> resolved = new HashMap<>();

    Lookups(Project project, Store store) {
        this.project = project;
        this.store = store;
    }

    /** A copy of a stored record with its lookup ids shown as {@code {"id", "name"}}. */
    Map<String, Object> named(ObjectDef o, Map<String, Object> stored) {
        return nameInPlace(o, new LinkedHashMap<>(stored));
    }

    /** Shows the lookup ids of a record the caller owns as {@code {"id", "name"}}, in place. */
    Map<String, Object> nameInPlace(ObjectDef o, Map<String, Object> r) {
        for (FieldDef f : o.fields()) {
            if (f.type() == FieldType.LOOKUP && r.get(f.name()) instanceof String id) {
                r.put(f.name(), lookup(f.to(), id, nameOf(f.to(), id)));
            }
        }
        return r;
    }

    /** Resolves an id or a name_field value; null when no record matches. Throws when ambiguous. */
    Map<String, Object> resolve(String target, Object value) {
        Object key = Values.lookupId(value);
        if (key == null) {
            return null;
        }
        String cacheKey = target + "\u0000" + key;
        Map<String, Object> hit = resolved.get(cacheKey);
        if (hit != null) {
            return new LinkedHashMap<>(hit);
        }
        Map<String, Object> found = find(target, key);
        if (found != null) {
            resolved.put(cacheKey, found);
        }
        return found == null ? null : new LinkedHashMap<>(found);
    }

    private Map<String, Object> find(String target, Object key) {
        ObjectDef t = project.objects().get(target);
        Map<String, Object> byId = store.get(t, key.toString());
        if (byId != null) {
            return lookup(target, key.toString(), t.nameField() == null ? null : byId.get(t.nameField()));
        }
        if (t.nameField() == null) {
            return null;
        }
        List<String> ids = store.idsWhere(t, t.nameField(), key.toString(), 2);
        if (ids.size() > 1) {
            throw Refusal.rejected("lookup to " + target + ": more than one " + target + " is named \"" + key
                    + "\"; use its id");
        }
        return ids.isEmpty() ? null : lookup(target, ids.getFirst(), key.toString());
    }

    private Object nameOf(String target, String id) {
        return names.computeIfAbsent(target + "\u0000" + id, k -> {
            ObjectDef t = project.objects().get(target);
            if (t == null || t.nameField() == null) {
                return null;
            }
            Map<String, Object> r = store.get(t, id);
            return r == null ? null : r.get(t.nameField());
        });
    }

    /** Drops what was learnt: after a rollback or a write, names and ids may have changed. */
    void forget() {
        names.clear();
        resolved.clear();
    }

    private static Map<String, Object> lookup(String target, String id, Object name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        return m;
    }
}
