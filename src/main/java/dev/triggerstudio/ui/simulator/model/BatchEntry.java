package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.LoadedFile;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of {@code batches/} as the Simulator lists it: valid, or broken with the first error
 * found in it (a half-written batch, an unknown {@code $ref}). A broken batch is that batch's
 * problem: the others stay listed and runnable (docs/architecture.md#contracts).
 *
 * @param error null when the batch can be chosen and run
 */
public record BatchEntry(String name, Diagnostic error) {

    public boolean broken() {
        return error != null;
    }

    /** {@code batches/<name>.json}. */
    public String path() {
        return pathOf(name);
    }

    static String pathOf(String name) {
        return "batches/" + name + ".json";
    }

    /**
     * Every batch file of the folder just read, sorted by name, each with its first error if any.
     * {@link ProjectLoader#check} has read each batch already, so asking for one costs nothing.
     */
    static List<BatchEntry> of(ProjectLoader.Result result) {
        Project p = result.project();
        if (p == null) {
            return List.of();
        }
        List<BatchEntry> out = new ArrayList<>();
        for (String name : p.batchNames()) {
            LoadedFile<Batch> file = p.batch(name);
            out.add(new BatchEntry(name, !file.broken() ? null
                    : file.errors().isEmpty() ? unreadable(name) : file.errors().getFirst()));
        }
        return List.copyOf(out);
    }

    private static Diagnostic unreadable(String name) {
        return Diagnostic.error(pathOf(name), 1, 1, "the batch could not be read; run ./studio check");
    }

    /** The errors that stop every run: those outside batches/ and tests/, which only their own run needs. */
    static List<Diagnostic> blocking(ProjectLoader.Result result) {
        return result.errorsThatBlockRuns();
    }
}
