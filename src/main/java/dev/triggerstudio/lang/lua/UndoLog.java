package dev.triggerstudio.lang.lua;

import java.util.Arrays;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * How to put one sandbox table back as it was when the record's run started. The first time a run
 * writes a key, the value it overwrites is kept; so undoing costs as much as the run's writes, and
 * nothing at all for the many scripts that write no global. A change no key names (a metatable,
 * perhaps a weak one whose entries the GC may then drop, or table.sort moving values) keeps a copy
 * of every entry first. The sandbox is reused for every record of a chunk: this is what keeps each
 * record's globals exactly as the first record saw them.
 */
final class UndoLog {
    /** Up to this many keys, "already written?" is a linear search; beyond, a lookup table. */
    private static final int SCAN = 8;

    private LuaValue[] keys = new LuaValue[SCAN];
    private LuaValue[] overwritten = new LuaValue[SCAN];
    private int count;
    private LuaTable written;
    /** Every entry and the metatable, as they were at the first change no key names; null if none. */
    private LuaTable entries;
    private LuaValue metatable;
    private boolean undoing;

    /** Called before the table's key is written (assignment, rawset, table.insert, table.remove). */
    void write(LuaTable table, LuaValue key) {
        if (undoing) {
            return;
        }
        if (!key.isvalidkey()) {
            everything(table);
            return;
        }
        if (alreadyWritten(key)) {
            return;
        }
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            overwritten = Arrays.copyOf(overwritten, count * 2);
        }
        keys[count] = key;
        overwritten[count++] = table.rawget(key);
    }

    /** Called before the table's metatable changes or it is sorted. */
    void everything(LuaTable table) {
        if (undoing || entries != null) {
            return;
        }
        metatable = table.getmetatable();
        entries = new LuaTable();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = table.next(k);
            if ((k = e.arg1()).isnil()) {
                return;
            }
            entries.rawset(k, e.arg(2));
        }
    }

    /** Puts the table back as it was when the log was last cleared. */
    void undo(LuaTable table) {
        if (count == 0 && entries == null) {
            return;
        }
        undoing = true;
        try {
            if (entries != null) {
                restoreEntries(table);
            }
            for (int i = count - 1; i >= 0; i--) {
                table.rawset(keys[i], overwritten[i]);
            }
        } finally {
            undoing = false;
        }
        clear();
    }

    /** Forgets what was written: the table as it is now is the one to come back to. */
    void clear() {
        Arrays.fill(keys, 0, count, null);
        Arrays.fill(overwritten, 0, count, null);
        count = 0;
        written = null;
        entries = null;
        metatable = null;
    }

    private boolean alreadyWritten(LuaValue key) {
        if (written != null) {
            if (!written.rawget(key).isnil()) {
                return true;
            }
            written.rawset(key, LuaValue.TRUE);
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (keys[i].raweq(key)) {
                return true;
            }
        }
        if (count == SCAN) {
            written = new LuaTable(0, SCAN * 4);
            for (int i = 0; i < count; i++) {
                written.rawset(keys[i], LuaValue.TRUE);
            }
            written.rawset(key, LuaValue.TRUE);
        }
        return false;
    }

    /** Metatable first (null, not NIL: LuaJ would wrap NIL as a metatable), then the entries. */
    private void restoreEntries(LuaTable table) {
        table.setmetatable(metatable);
        LuaValue k = LuaValue.NIL;
        java.util.List<LuaValue> extra = new java.util.ArrayList<>();
        while (true) {
            Varargs e = table.next(k);
            if ((k = e.arg1()).isnil()) {
                break;
            }
            if (entries.rawget(k).isnil()) {
                extra.add(k);
            }
        }
        for (LuaValue key : extra) {
            table.rawset(key, LuaValue.NIL);
        }
        k = LuaValue.NIL;
        while (true) {
            Varargs e = entries.next(k);
            if ((k = e.arg1()).isnil()) {
                return;
            }
            table.rawset(k, e.arg(2));
        }
    }
}
