package dev.triggerstudio.lang;

import dev.triggerstudio.model.Event;

/**
 * One place a script writes records, found by reading it, never by running it. When the object
 * written is not a literal, {@code object} and {@code event} are null and {@code expression} holds
 * the argument as written, so the engine can say what it could not follow instead of guessing.
 *
 * @param line 1-based line of the call in the script
 * @param column 1-based column of the call
 * @param call what was found, e.g. {@code context.records.create}, {@code gospel.insert}, {@code commit record write}
 */
public record ScriptWrite(String object, Event event, int line, int column, String call, String expression) {

    public static ScriptWrite known(String object, Event event, int line, int column, String call) {
        return new ScriptWrite(object, event, line, column, call, null);
    }

    public static ScriptWrite unknown(int line, int column, String call, String expression) {
        return new ScriptWrite(null, null, line, column, call, expression);
    }

    public boolean targetKnown() {
        return object != null;
    }
}
