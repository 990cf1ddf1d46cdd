package dev.triggerstudio.model;

import java.util.List;

/** Bad input in a project: carries every diagnostic found; {@link #getMessage()} is the first one's line. */
public class ProjectException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public ProjectException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid project" : diagnostics.getFirst().toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ProjectException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
