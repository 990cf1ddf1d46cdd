package dev.triggerstudio.lang.lua;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaInteger;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * Record values between Java (String, Long, Double, Boolean, null, List, Map) and Lua. A Lua number
 * with no fraction becomes a Long, so {@code record.count = 4 / 2} stores 2, not 2.0.
 */
final class LuaValues {
    private static final int MAX_NESTING = 32;

    private LuaValues() {
    }

    static LuaValue toLua(Object value) {
        return switch (value) {
            case null -> LuaValue.NIL;
            case String s -> LuaValue.valueOf(s);
            case Boolean b -> LuaValue.valueOf(b);
            case Integer i -> LuaValue.valueOf(i);
            case Long l -> l == l.intValue() ? LuaValue.valueOf(l.intValue()) : LuaValue.valueOf(l.doubleValue());
            case Number n -> LuaValue.valueOf(n.doubleValue());
            case List<?> list -> list(list);
            case Map<?, ?> map -> map(map);
            default -> LuaValue.valueOf(value.toString());
        };
    }

    private static LuaTable list(List<?> list) {
        LuaTable t = new LuaTable(list.size(), 0);
        for (int i = 0; i < list.size(); i++) {
            t.set(i + 1, toLua(list.get(i)));
        }
        return t;
    }

    private static LuaTable map(Map<?, ?> map) {
        LuaTable t = new LuaTable();
        map.forEach((k, v) -> t.set(LuaValue.valueOf(String.valueOf(k)), toLua(v)));
        return t;
    }

    /** A copy of a table and of the tables in it (no cycles: it is only used on tables we built). */
    static LuaTable deepCopy(LuaTable source) {
        LuaTable t = new LuaTable(source.length(), 8);
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = source.next(k);
            if ((k = e.arg1()).isnil()) {
                return t;
            }
            LuaValue v = e.arg(2);
            t.rawset(k, v.istable() ? deepCopy((LuaTable) v) : v);
        }
    }

    static Object toJava(LuaValue value) {
        return toJava(value, 0);
    }

    private static Object toJava(LuaValue value, int depth) {
        if (depth > MAX_NESTING) {
            throw new LuaError("table nested too deeply (or it contains itself)");
        }
        return switch (value.type()) {
            case LuaValue.TNIL -> null;
            case LuaValue.TBOOLEAN -> value.toboolean();
            case LuaValue.TNUMBER -> number(value);
            case LuaValue.TSTRING -> value.tojstring();
            case LuaValue.TTABLE -> table((LuaTable) value, depth);
            case LuaValue.TUSERDATA -> userdata(value);
            default -> throw new LuaError("cannot store a " + value.typename() + " in a record");
        };
    }

    private static Object number(LuaValue value) {
        if (value instanceof LuaInteger) {
            return (long) value.toint();
        }
        double d = value.todouble();
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15) {
            return (long) d;
        }
        return d;
    }

    private static Object userdata(LuaValue value) {
        if (value.touserdata() instanceof LuaRecord.Ref ref) {
            return new LinkedHashMap<>(ref.values());
        }
        throw new LuaError("cannot store a userdata in a record");
    }

    private static Object table(LuaTable t, int depth) {
        int n = t.length();
        List<Object> list = new ArrayList<>(n);
        Map<String, Object> map = new LinkedHashMap<>();
        LuaValue k = LuaValue.NIL;
        int count = 0;
        while (true) {
            Varargs e = t.next(k);
            if ((k = e.arg1()).isnil()) {
                break;
            }
            count++;
            map.put(k.tojstring(), toJava(e.arg(2), depth + 1));
        }
        if (n > 0 && count == n) {
            for (int i = 1; i <= n; i++) {
                list.add(map.get(String.valueOf(i)));
            }
            return list;
        }
        return map;
    }

    /** A table converted for writing: Lua tables become Java maps keyed by field name. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(LuaValue value, String what) {
        Object o = toJava(value);
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new LuaError(what + " expects a table of field values, got " + value.typename());
    }
}
