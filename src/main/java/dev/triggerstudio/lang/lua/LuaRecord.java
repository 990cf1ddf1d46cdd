package dev.triggerstudio.lang.lua;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.ThreeArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;

/**
 * A record seen from Lua: a userdata whose {@code record.field} reads and writes the engine's Java
 * map directly (so a Before trigger's edits are the record's edits), and whose
 * {@code record:getFields()} lists every field the record has. The metatable is shared by all
 * scripts and protected from {@code getmetatable}.
 */
final class LuaRecord {
    static final String PAIRS = "__pairs";
    private static final LuaTable METATABLE = metatable();

    /**
     * @param object the record's object api_name
     * @param definition its definition, or null when the project has none
     * @param values the live map
     * @param writable false for {@code old}
     * @param allFields true for the trigger's own records: every field of the definition is listed by
     *     getFields even when the map has no key for it yet
     */
    record Ref(String object, ObjectDef definition, Map<String, Object> values, boolean writable, boolean allFields,
               java.util.function.Consumer<String> onWrite) {
        Ref(String object, ObjectDef definition, Map<String, Object> values, boolean writable, boolean allFields) {
            this(object, definition, values, writable, allFields, null);
        }

        String label() {
            Object id = values.get("id");
            return object + (id == null ? " (new)" : " " + id);
        }
    }

    private LuaRecord() {
    }

    static LuaValue wrap(Ref ref) {
        return new LuaUserdata(ref, METATABLE);
    }

    static Ref ref(LuaValue value, String what) {
        if (value.touserdata() instanceof Ref r) {
            return r;
        }
        throw new LuaError(what + " expects a record, got " + value.typename());
    }

    private static LuaTable metatable() {
        LuaTable mt = new LuaTable();
        mt.set(LuaValue.INDEX, new Index());
        mt.set(LuaValue.NEWINDEX, new NewIndex());
        mt.set(LuaValue.TOSTRING, new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue self) {
                return valueOf("record " + ref(self, "tostring").label());
            }
        });
        mt.set(PAIRS, new Pairs());
        mt.set(LuaValue.METATABLE, LuaValue.FALSE);
        return mt;
    }

    private static final LuaValue GET_FIELDS_NAME = LuaValue.valueOf("getFields");
    private static final LuaValue GET_FIELDS = new OneArgFunction() {
        @Override
        public LuaValue call(LuaValue self) {
            return fields(ref(self, "getFields"));
        }
    };

    private static final class Index extends TwoArgFunction {
        @Override
        public LuaValue call(LuaValue self, LuaValue key) {
            if (key.raweq(GET_FIELDS_NAME)) {
                return GET_FIELDS;
            }
            return LuaValues.toLua(ref(self, "index").values().get(key.tojstring()));
        }
    }

    private static final class NewIndex extends ThreeArgFunction {
        @Override
        public LuaValue call(LuaValue self, LuaValue key, LuaValue value) {
            Ref r = ref(self, "assignment");
            String field = key.checkjstring();
            if (!r.writable()) {
                throw new LuaError("cannot set " + field + ": this record is read-only");
            }
            if (r.definition() != null && !r.definition().hasField(field)) {
                throw new LuaError(r.object() + " has no field '" + field + "'");
            }
            try {
                r.values().put(field, LuaValues.toJava(value));
                if (r.onWrite() != null) {
                    r.onWrite().accept(field); // the line recording's "writes" (host code)
                }
            } catch (UnsupportedOperationException e) {
                throw new LuaError("cannot set " + field + ": this record is read-only here");
            }
            return NONE;
        }
    }

    /**
     * The fields as a plain table: the sandbox's pairs (LuaJ's has no __pairs) iterates this
     * snapshot, so {@code for k, v in pairs(record)} works.
     */
    private static final class Pairs extends OneArgFunction {
        @Override
        public LuaValue call(LuaValue self) {
            Ref r = ref(self, "pairs");
            LuaTable snapshot = new LuaTable();
            r.values().forEach((k, v) -> snapshot.set(k, LuaValues.toLua(v)));
            return snapshot;
        }
    }

    /** The names getFields lists, in definition order, then any other key of the map. */
    static Set<String> fieldNames(Ref r) {
        Set<String> names = new LinkedHashSet<>();
        if (r.definition() != null) {
            for (String name : r.definition().allFieldNames()) {
                if (r.allFields() || r.values().containsKey(name)) {
                    names.add(name);
                }
            }
        }
        names.addAll(r.values().keySet());
        return names;
    }

    private static LuaTable fields(Ref r) {
        LuaTable t = new LuaTable();
        for (String name : fieldNames(r)) {
            LuaTable field = new LuaTable();
            field.set("name", name);
            field.set("type", typeName(r.definition(), name));
            field.set("value", LuaValues.toLua(r.values().get(name)));
            t.set(name, field);
        }
        return t;
    }

    static String typeName(ObjectDef def, String name) {
        if (def == null) {
            return "unknown";
        }
        return def.field(name).map(FieldDef::type).map(FieldType::jsonName)
                .orElse(name.endsWith("_date") ? "datetime" : "text");
    }

    /**
     * The map to send to a nested create or update: system fields left out (the lifecycle sets them),
     * except the id, and lookups given back as their id.
     */
    static Map<String, Object> forWrite(ObjectDef def, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (def == null || k.equals("id") || def.field(k).isPresent()) {
                out.put(k, lookupId(def, k, v));
            }
        });
        return out;
    }

    private static Object lookupId(ObjectDef def, String field, Object value) {
        boolean lookup = def != null && def.field(field).map(f -> f.type() == FieldType.LOOKUP).orElse(false);
        if (lookup && value instanceof Map<?, ?> m && m.get("id") != null) {
            return m.get("id");
        }
        return value;
    }
}
