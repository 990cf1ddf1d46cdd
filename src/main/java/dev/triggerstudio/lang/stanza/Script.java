package dev.triggerstudio.lang.stanza;

import java.util.List;

/** A parsed script: its statements in order and every error found while reading it. */
public record Script(List<Stmt> statements, List<StanzaError> errors) {

    public Script {
        statements = List.copyOf(statements);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
