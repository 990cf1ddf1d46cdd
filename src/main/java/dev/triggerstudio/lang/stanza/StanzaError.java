package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.model.Diagnostic;

/**
 * A problem in a Stanza script, at a token: a syntax error, a checker finding or a runtime error.
 * Every Stanza error has a line and column.
 */
public class StanzaError extends RuntimeException {

    public enum Severity { ERROR, WARNING }

    private final Token token;
    private final Severity severity;

    public StanzaError(Token token, String message) {
        this(token, message, Severity.ERROR);
    }

    public StanzaError(Token token, String message, Severity severity) {
        super(message, null, false, false);
        this.token = token;
        this.severity = severity;
    }

    public Token token() {
        return token;
    }

    public int line() {
        return token.line();
    }

    public int column() {
        return token.column();
    }

    public Severity severity() {
        return severity;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic toDiagnostic(String path) {
        return severity == Severity.ERROR
                ? Diagnostic.error(path, line(), column(), getMessage())
                : Diagnostic.warning(path, line(), column(), getMessage());
    }

    @Override
    public String toString() {
        return line() + ":" + column() + ": " + severity.name().toLowerCase() + ": " + getMessage();
    }
}
