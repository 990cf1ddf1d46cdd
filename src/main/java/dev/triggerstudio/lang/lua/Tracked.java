package dev.triggerstudio.lang.lua;

/** A table of the sandbox that records its own {@link Changes} (every way LuaJ 3.0.1 writes a table). */
interface Tracked {
    Changes changes();
}
