package dev.triggerstudio.lang.lua;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaInteger;
import org.luaj.vm2.LuaValue;

/**
 * The sandbox's globals: a {@link Globals} (LuaJ calls the hook only for closures whose globals are
 * one) that keeps an undo log like a {@link TrackedTable}.
 */
final class SandboxGlobals extends Globals implements Tracked {
    private final UndoLog undo = new UndoLog();

    @Override
    public UndoLog undo() {
        return undo;
    }

    /**
     * Sets a per-record global (record, old) without counting it as the script's change. LuaTable's
     * hashset calls only private methods, so nothing here records the write.
     */
    void setForRecord(LuaValue name, LuaValue value) {
        super.hashset(name, value);
    }

    @Override
    public void rawset(int key, LuaValue value) {
        undo.write(this, LuaInteger.valueOf(key));
        super.rawset(key, value);
    }

    @Override
    public void rawset(LuaValue key, LuaValue value) {
        undo.write(this, key);
        super.rawset(key, value);
    }

    @Override
    public void hashset(LuaValue key, LuaValue value) {
        undo.write(this, key);
        super.hashset(key, value);
    }

    @Override
    public LuaValue setmetatable(LuaValue metatable) {
        undo.everything(this);
        return super.setmetatable(metatable);
    }

    @Override
    public void sort(LuaValue comparator) {
        undo.everything(this);
        super.sort(comparator);
    }
}
