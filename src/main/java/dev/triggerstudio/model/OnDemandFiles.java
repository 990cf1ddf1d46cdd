package dev.triggerstudio.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The batch or test files of a project. They are listed when the project loads but each is read
 * only the first time someone asks for it, so a run never pays for (or trips over) the batches
 * and tests it does not use. A read file is kept with its diagnostics.
 *
 * <p>Reading checks the file against the project that asks (its objects, users, refs); a project
 * made by a {@code with...} edit gets a {@link #fresh()} copy so it checks again.
 */
public final class OnDemandFiles<T> {
    /** Reads and checks one file of the folder against the project. */
    @FunctionalInterface
    interface Reader<T> {
        LoadedFile<T> read(Project project, String relativePath);
    }

    private final Path root;
    private final String folder;
    private final Reader<T> reader;
    private final List<String> names;
    private final Map<String, T> given;
    private final Map<String, LoadedFile<T>> read = new ConcurrentHashMap<>();

    private OnDemandFiles(Path root, String folder, Reader<T> reader, List<String> names, Map<String, T> given) {
        this.root = root;
        this.folder = folder;
        this.reader = reader;
        this.names = List.copyOf(names);
        this.given = Collections.unmodifiableMap(new TreeMap<>(given));
    }

    /** The {@code .json} files of {@code root/folder} (names without .json, sorted), none read yet. */
    static <T> OnDemandFiles<T> listed(Path root, String folder, Reader<T> reader, java.util.function.Predicate<String> keep)
            throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return new OnDemandFiles<>(root, folder, reader, List.of(), Map.of());
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .map(ProjectLoader::stem).filter(keep).sorted().toList();
            return new OnDemandFiles<>(root, folder, reader, names, Map.of());
        }
    }

    /** Values made in code rather than read from disk; they count as loaded without problems. */
    public static <T> OnDemandFiles<T> of(String folder, Map<String, T> values) {
        Map<String, T> given = values == null ? Map.of() : values;
        return new OnDemandFiles<>(null, folder, (p, path) -> LoadedFile.broken(path, List.of()),
                List.copyOf(new TreeMap<>(given).keySet()), given);
    }

    /** Every name in the folder, sorted, whether its file is valid or not. */
    public List<String> names() {
        return names;
    }

    public boolean contains(String name) {
        return given.containsKey(name) || Collections.binarySearch(names, name) >= 0;
    }

    /** The file named {@code name} (without .json), read and checked against {@code project} on first use. */
    LoadedFile<T> get(Project project, String name) {
        String path = folder + "/" + name + ".json";
        if (given.containsKey(name)) {
            return LoadedFile.ok(path, given.get(name));
        }
        if (!contains(name) || root == null) {
            return LoadedFile.broken(path, List.of(Diagnostic.error(path, 1, 1, "no such file; create it or check the name")));
        }
        return read.computeIfAbsent(name, n -> reader.read(project, path));
    }

    /** The same files with nothing read yet, for a project whose other files changed. */
    OnDemandFiles<T> fresh() {
        return new OnDemandFiles<>(root, folder, reader, names, given);
    }

    /** The same files with {@code name} replaced by a value made in code (an edit not yet saved, say). */
    OnDemandFiles<T> with(String name, T value) {
        Map<String, T> g = new TreeMap<>(given);
        g.put(name, value);
        List<String> n = new java.util.ArrayList<>(names);
        if (!n.contains(name)) {
            n.add(name);
            Collections.sort(n);
        }
        return new OnDemandFiles<>(root, folder, reader, n, g);
    }
}
