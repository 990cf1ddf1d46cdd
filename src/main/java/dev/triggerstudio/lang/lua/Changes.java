package dev.triggerstudio.lang.lua;

import java.util.Arrays;
import org.luaj.vm2.LuaValue;

/**
 * What a record's run changed in one table of the sandbox: the keys it wrote (a few), or
 * "everything" once it wrote many keys, sorted the table or changed its metatable. The sandbox is
 * reused for every record of a chunk, and this is what lets it undo a run without rebuilding.
 */
final class Changes {
    /** Beyond this many distinct writes the whole table is restored: cheaper than remembering. */
    private static final int MAX_KEYS = 16;

    private final LuaValue[] keys = new LuaValue[MAX_KEYS];
    private int count;
    private boolean all;

    /** A write of key: array part or hash part, assignment, rawset, table.insert or table.remove. */
    void key(LuaValue key) {
        if (all || (count > 0 && keys[count - 1] == key)) {
            return;
        }
        if (count == MAX_KEYS || !key.isvalidkey()) {
            all = true;
            return;
        }
        keys[count++] = key;
    }

    /** A change no key names: a metatable (perhaps weak), or table.sort moving values around. */
    void all() {
        all = true;
    }

    boolean any() {
        return all || count > 0;
    }

    boolean everything() {
        return all;
    }

    int count() {
        return count;
    }

    LuaValue key(int i) {
        return keys[i];
    }

    void clear() {
        Arrays.fill(keys, 0, count, null);
        count = 0;
        all = false;
    }
}
