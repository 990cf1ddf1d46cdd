package dev.triggerstudio.lang;

/**
 * A trigger rejected the operation on purpose (REJECTED) or broke (FAILED). Carries the
 * script path and line users should look at (0 when unknown).
 */
public class ScriptException extends RuntimeException {

    public enum Kind { REJECTED, FAILED }

    private final Kind kind;
    private final String path;
    private final int line;
    private final int column;

    public ScriptException(Kind kind, String message, String path, int line, int column) {
        super(message);
        this.kind = kind;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    public ScriptException(Kind kind, String message, String path, int line) {
        this(kind, message, path, line, 0);
    }

    public static ScriptException rejected(String message, String path, int line) {
        return new ScriptException(Kind.REJECTED, message, path, line);
    }

    public static ScriptException failed(String message, String path, int line) {
        return new ScriptException(Kind.FAILED, message, path, line);
    }

    public Kind kind() {
        return kind;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
