package dev.triggerstudio.lang.lua;

import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A sandbox table (a {@link Tracked} one) as it was before the first record ran, and the means to
 * put it back in place from its {@link Changes}: the same table object, so every reference to it
 * stays valid.
 */
final class Pristine {
    private final LuaTable table;
    private final Changes changes;
    private final LuaValue metatable;
    private final LuaValue[] keys;
    private final LuaValue[] values;
    /** The same entries, for lookups by key. */
    private final LuaTable index;

    <T extends LuaTable & Tracked> Pristine(T table) {
        this.table = table;
        this.changes = table.changes();
        this.metatable = table.getmetatable();
        List<LuaValue> k = new ArrayList<>();
        List<LuaValue> v = new ArrayList<>();
        LuaValue key = LuaValue.NIL;
        while (true) {
            Varargs e = table.next(key);
            if ((key = e.arg1()).isnil()) {
                break;
            }
            k.add(key);
            v.add(e.arg(2));
        }
        keys = k.toArray(LuaValue[]::new);
        values = v.toArray(LuaValue[]::new);
        index = new LuaTable(0, keys.length);
        for (int i = 0; i < keys.length; i++) {
            index.rawset(keys[i], values[i]);
        }
        changes.clear();
    }

    LuaTable table() {
        return table;
    }

    /** Undoes whatever the last run did to the table: only the keys it wrote, when it wrote few. */
    void reset() {
        if (!changes.any()) {
            return;
        }
        if (changes.everything()) {
            restoreAll();
        } else {
            for (int i = 0; i < changes.count(); i++) {
                table.rawset(changes.key(i), index.rawget(changes.key(i)));
            }
        }
        changes.clear();
    }

    private void restoreAll() {
        table.setmetatable(metatable); // null, not NIL: LuaJ wraps NIL as a metatable
        List<LuaValue> extra = new ArrayList<>();
        LuaValue key = LuaValue.NIL;
        while (true) {
            Varargs e = table.next(key);
            if ((key = e.arg1()).isnil()) {
                break;
            }
            if (index.rawget(key).isnil()) {
                extra.add(key);
            }
        }
        for (LuaValue k : extra) {
            table.rawset(k, LuaValue.NIL);
        }
        for (int i = 0; i < keys.length; i++) {
            table.rawset(keys[i], values[i]);
        }
    }
}
