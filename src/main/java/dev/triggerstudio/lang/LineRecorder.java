package dev.triggerstudio.lang;

import java.util.Map;

/**
 * Host-side receiver of a trigger's line events ({@code --lines}, docs/architecture.md "Inside a trigger"). Runtimes call it
 * from Java only (a debug hook, the interpreter loop, the Python driver's host callback); no
 * script can reach it, so no script can switch it off.
 */
public interface LineRecorder {

    /**
     * A line is about to run.
     *
     * @param line 1-based line in the script file
     * @param locals the script's own variables now, as JSON values already shortened by {@link Locals}
     * @param instructions instructions or fuel used by this run so far (0 where the language cannot count)
     */
    void line(int line, Map<String, Object> locals, long instructions);

    /** The script set {@code field} of the invocation's record number {@code record} (0-based) at {@code line}. */
    void wrote(int record, String field, int line);

    /** A record run (Lua, Stanza) or the chunk run (Python) ended: closes the cost of its last line. */
    void end(long instructions);
}
