package dev.triggerstudio.lang.lua;

import org.luaj.vm2.LuaInteger;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;

/**
 * A library, package or context table of the sandbox. LuaJ 3.0.1 changes a table's contents only
 * through rawset (both forms, which assignment, {@code rawset}, {@code table.insert} and
 * {@code table.remove} go through), hashset, setmetatable and sort, so overriding those sees every
 * change a script makes ({@code LuaResetTest} checks each way).
 */
final class TrackedTable extends LuaTable implements Tracked {
    private final UndoLog undo = new UndoLog();

    TrackedTable(int arraySize, int hashSize) {
        super(arraySize, hashSize);
    }

    @Override
    public UndoLog undo() {
        return undo;
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
