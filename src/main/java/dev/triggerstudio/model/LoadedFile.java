package dev.triggerstudio.model;

import java.util.List;

/**
 * One file of a project as it was read: its value, or why it cannot be used. A broken file is
 * that file's problem; whoever needs it decides whether it blocks them.
 *
 * @param path the file's path relative to the project root, e.g. {@code batches/pay.json}
 * @param value what the file holds, null when it could not be read at all
 * @param diagnostics every problem found in the file (errors and warnings)
 */
public record LoadedFile<T>(String path, T value, List<Diagnostic> diagnostics) {
    public LoadedFile {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> LoadedFile<T> ok(String path, T value) {
        return new LoadedFile<>(path, value, List.of());
    }

    public static <T> LoadedFile<T> broken(String path, List<Diagnostic> errors) {
        return new LoadedFile<>(path, null, errors);
    }

    /** True when the file cannot be used as it is: unreadable, or with an error. */
    public boolean broken() {
        return value == null || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The value, or a {@link ProjectException} with the file's errors when it is broken. */
    public T orThrow() {
        if (!broken()) {
            return value;
        }
        List<Diagnostic> errors = errors();
        throw new ProjectException(errors.isEmpty()
                ? List.of(Diagnostic.error(path, 1, 1, "the file could not be read; run ./studio check")) : errors);
    }
}
