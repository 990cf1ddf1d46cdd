package dev.triggerstudio.lang.lua;

import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A table to hand out fresh shallow copies of, once per sandbox (chunk). Its entries are kept as arrays
 * and copies are presized: copying through {@code next} into a growing table was most of the cost
 * of a simple trigger's run (JFR: rehashing and key hashing).
 */
final class TableTemplate {
    private final LuaValue[] keys;
    private final LuaValue[] values;

    TableTemplate(LuaTable source) {
        List<LuaValue> k = new ArrayList<>();
        List<LuaValue> v = new ArrayList<>();
        LuaValue key = LuaValue.NIL;
        while (true) {
            Varargs n = source.next(key);
            if ((key = n.arg1()).isnil()) {
                break;
            }
            k.add(key);
            v.add(n.arg(2));
        }
        keys = k.toArray(LuaValue[]::new);
        values = v.toArray(LuaValue[]::new);
    }

    /** A tracked copy: the sandbox puts it back as it was before each record. */
    TrackedTable copy() {
        TrackedTable t = new TrackedTable(0, keys.length);
        for (int i = 0; i < keys.length; i++) {
            t.rawset(keys[i], values[i]);
        }
        return t;
    }
}
