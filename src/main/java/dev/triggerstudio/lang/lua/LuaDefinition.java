package dev.triggerstudio.lang.lua;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.ObjectDef;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;

/**
 * A record definition (an object) seen from Lua, as {@code gospel.loadRecordDefinition} returns it:
 * {@code definition:getFields()} is keyed by field name, system fields included, each a table
 * describing the field; {@code definition.api_name}, {@code label} and {@code name_field} read.
 */
final class LuaDefinition {
    private static final LuaTable METATABLE = metatable();

    private LuaDefinition() {
    }

    static LuaValue wrap(ObjectDef def) {
        return new LuaUserdata(def, METATABLE);
    }

    private static ObjectDef def(LuaValue self) {
        if (self.touserdata() instanceof ObjectDef d) {
            return d;
        }
        throw new LuaError("getFields expects a record definition, got " + self.typename());
    }

    private static final LuaValue GET_FIELDS = new OneArgFunction() {
        @Override
        public LuaValue call(LuaValue self) {
            return fields(def(self));
        }
    };

    private static LuaTable metatable() {
        LuaTable mt = new LuaTable();
        mt.set(LuaValue.INDEX, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue self, LuaValue key) {
                ObjectDef d = def(self);
                return switch (key.tojstring()) {
                    case "getFields" -> GET_FIELDS;
                    case "api_name", "apiName", "name" -> valueOf(d.apiName());
                    case "label" -> valueOf(d.displayLabel());
                    case "name_field" -> d.nameField() == null ? NIL : valueOf(d.nameField());
                    default -> NIL;
                };
            }
        });
        mt.set(LuaValue.NEWINDEX, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue self, LuaValue key) {
                throw new LuaError("a record definition is read-only");
            }
        });
        mt.set(LuaValue.TOSTRING, new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue self) {
                return valueOf("definition " + def(self).apiName());
            }
        });
        mt.set(LuaValue.METATABLE, LuaValue.FALSE);
        return mt;
    }

    private static LuaTable fields(ObjectDef def) {
        LuaTable t = new LuaTable();
        for (FieldDef f : def.fields()) {
            LuaTable field = describe(f.name(), f.type().jsonName(), false);
            field.set("label", f.displayLabel());
            field.set("required", LuaValue.valueOf(f.required()));
            field.set("unique", LuaValue.valueOf(f.unique()));
            field.set("hidden", LuaValue.valueOf(f.hidden()));
            field.set("max_length", f.maxLength() == null ? LuaValue.NIL : LuaValue.valueOf(f.maxLength()));
            field.set("values", LuaValues.toLua(f.values()));
            field.set("to", f.to() == null ? LuaValue.NIL : LuaValue.valueOf(f.to()));
            field.set("default", LuaValues.toLua(f.defaultValue()));
            t.set(f.name(), field);
        }
        for (String name : def.systemFieldNames()) {
            t.set(name, describe(name, LuaRecord.typeName(def, name), true));
        }
        return t;
    }

    private static LuaTable describe(String name, String type, boolean system) {
        LuaTable field = new LuaTable();
        field.set("name", name);
        field.set("type", type);
        field.set("system", LuaValue.valueOf(system));
        return field;
    }
}
