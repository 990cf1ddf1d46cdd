package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.ScriptException;

/**
 * Stops a Lua run for good. It is an {@link Error}, not an exception, because LuaJ's {@code pcall},
 * {@code xpcall} and its VM catch {@link Exception} and {@code LuaError} only: a script must not be able
 * to swallow a timeout, a sandbox limit or a refused nested operation.
 */
final class LuaAbort extends Error {
    private final ScriptException.Kind kind;
    private final int line;

    LuaAbort(ScriptException.Kind kind, String message, int line, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.line = line;
    }

    static LuaAbort failed(String message, int line) {
        return new LuaAbort(ScriptException.Kind.FAILED, message, line, null);
    }

    ScriptException.Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }
}
