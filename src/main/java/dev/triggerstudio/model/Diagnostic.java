package dev.triggerstudio.model;

/** One problem found in a project file: where it is and what to do about it. */
public record Diagnostic(String path, int line, int column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(String path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form used by {@code ./studio check}: {@code path:line:col: error: message}. */
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
