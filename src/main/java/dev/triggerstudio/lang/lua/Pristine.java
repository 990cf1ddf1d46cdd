package dev.triggerstudio.lang.lua;

import java.util.ArrayList;
import java.util.List;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * A sandbox table as it was before the first record ran, and the means to put it back in place
 * (the same table object, so every reference to it stays valid). A {@link Tracked} table is
 * restored from its {@link Changes}; a table LuaJ built itself (package) is compared entry by
 * entry instead.
 */
final class Pristine {
    private final LuaTable table;
    private final LuaValue metatable;
    private final LuaValue[] keys;
    private final LuaValue[] values;
    /** The same entries, for lookups by key. */
    private final LuaTable index;

    Pristine(LuaTable table) {
        this.table = table;
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
        if (table instanceof Tracked t) {
            t.changes().clear();
        }
    }

    LuaTable table() {
        return table;
    }

    /** Undoes whatever the last run did to the table; cheap when it did nothing. */
    void reset() {
        if (table instanceof Tracked t) {
            Changes c = t.changes();
            if (c.everything()) {
                restoreAll();
            } else {
                for (int i = 0; i < c.count(); i++) {
                    table.rawset(c.key(i), index.rawget(c.key(i)));
                }
            }
            c.clear();
        } else if (!intact()) {
            restoreAll();
        }
    }

    /** True when the table holds exactly its first entries and metatable. */
    boolean intact() {
        if (table.getmetatable() != metatable) {
            return false;
        }
        int n = 0;
        LuaValue key = LuaValue.NIL;
        while (true) {
            Varargs e = table.next(key);
            if ((key = e.arg1()).isnil()) {
                return n == keys.length;
            }
            if (++n > keys.length || e.arg(2) != index.rawget(key)) {
                return false;
            }
        }
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
