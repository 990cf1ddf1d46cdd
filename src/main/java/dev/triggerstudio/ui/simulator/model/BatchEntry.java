package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.ProjectLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One file of {@code batches/} as the Simulator lists it: valid, or broken with the first error
 * found in it (a half-written batch, an unknown {@code $ref}). A broken batch is that batch's
 * problem: the others stay listed and runnable (DESIGN §6).
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

    /** Every batch file of the folder just read, sorted by name, each with its first error if any. */
    static List<BatchEntry> of(ProjectLoader.Result result) {
        TreeMap<String, Diagnostic> entries = new TreeMap<>();
        if (result.project() != null) {
            result.project().batches().keySet().forEach(n -> entries.put(n, null));
        }
        for (Diagnostic d : result.diagnostics()) {
            String name = nameOf(d.path());
            if (d.isError() && name != null && entries.get(name) == null) {
                entries.put(name, d);
            }
        }
        List<BatchEntry> out = new ArrayList<>();
        entries.forEach((n, d) -> out.add(new BatchEntry(n, d)));
        return List.copyOf(out);
    }

    /** The errors that stop every run: those outside batches/ and tests/, which only their own run needs. */
    static List<Diagnostic> blocking(ProjectLoader.Result result) {
        return result.diagnostics().stream().filter(Diagnostic::isError)
                .filter(d -> !d.path().startsWith("batches/") && !d.path().startsWith("tests/")).toList();
    }

    private static String nameOf(String path) {
        if (path == null || !path.startsWith("batches/") || !path.endsWith(".json") || path.indexOf('/', 8) >= 0) {
            return null;
        }
        return path.substring("batches/".length(), path.length() - ".json".length());
    }
}
