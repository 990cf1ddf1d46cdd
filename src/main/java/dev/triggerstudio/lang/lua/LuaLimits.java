package dev.triggerstudio.lang.lua;

/** Size limits of the sandbox: why each value was chosen is in docs/lua.md. */
final class LuaLimits {
    /** Longest string a script may build (string.rep, .., gsub, table.concat, format): what a field holds. */
    static final int MAX_STRING = dev.triggerstudio.model.ValueLimits.MAX_TEXT;
    /** Bytes of strings one record run may build in total, garbage included. */
    static final long MAX_ALLOCATED = 256L * 1024 * 1024;
    /** Values string.byte and unpack may return at once, like Lua's C stack limit. */
    static final int MAX_RESULTS = 8000;
    /** Nested Lua calls, like Lua's LUAI_MAXCCALLS. */
    static final int MAX_CALL_DEPTH = 200;
    /** Matcher steps one find/match/gmatch/gsub call may take. */
    static final long MAX_MATCH_STEPS = 20_000_000L;
    /** Share of the heap above which a run is stopped (checked every few thousand instructions). */
    static final double HEAP_CEILING = 0.85;

    private LuaLimits() {
    }
}
