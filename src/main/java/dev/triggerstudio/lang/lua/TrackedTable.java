package dev.triggerstudio.lang.lua;

import org.luaj.vm2.LuaInteger;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A table of the sandbox that keeps an {@link UndoLog}: the globals scripts see, the libraries,
 * package and its tables, context and the gospellua module. LuaJ 3.0.1 changes a table's contents
 * only through rawset (both forms, which assignment, {@code rawset}, {@code table.insert} and
 * {@code table.remove} go through), hashset, setmetatable and sort, so overriding those sees every
 * change a script makes ({@code LuaResetTest} checks each way).
 */
final class TrackedTable extends LuaTable {
    private final UndoLog undo = new UndoLog();

    TrackedTable(int arraySize, int hashSize) {
        super(arraySize, hashSize);
    }

    UndoLog undo() {
        return undo;
    }

    /**
     * Sets a key without counting it as the script's change: what the sandbox itself sets before
     * each record (record, old, context). LuaTable's hashset calls only private methods, so nothing
     * here records the write.
     */
    void setUntracked(LuaValue key, LuaValue value) {
        super.hashset(key, value);
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
