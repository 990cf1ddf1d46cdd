package dev.triggerstudio.lang.lua;

/** A table of the sandbox that keeps an {@link UndoLog} of its own (every way LuaJ 3.0.1 writes a table). */
interface Tracked {
    UndoLog undo();
}
