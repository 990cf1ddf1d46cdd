package dev.triggerstudio.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files of a project folder that a bundle carries ({@link BundlePaths#isProjectFile}), as bytes. */
public final class ProjectFiles {
    private static final List<String> FOLDERS =
            List.of("objects", "triggers", "automations", "config", "data", "batches", "tests", "mocks");

    private ProjectFiles() {
    }

    /**
     * Whether a path relative to the project folder (forward slashes) is a project file or lies in
     * one of the project's folders, where a file may be one the user keeps even if no bundle carries it.
     */
    public static boolean isInsideProjectFiles(String relative) {
        return relative.isEmpty() || BundlePaths.isProjectFile(relative) || relative.equals("project.json")
                || relative.equals("users.json") || FOLDERS.stream().anyMatch(f -> relative.startsWith(f + "/"));
    }

    /** Path relative to the root (forward slashes) → the file's exact bytes, sorted by path. */
    public static SortedMap<String, byte[]> collect(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            for (String top : List.of("project.json", "users.json")) {
                addIfProjectFile(root, top, files);
            }
            for (String folder : FOLDERS) {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> list = Files.list(dir)) {
                    for (Path p : list.toList()) {
                        addIfProjectFile(root, folder + "/" + p.getFileName(), files);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void addIfProjectFile(Path root, String relative, SortedMap<String, byte[]> files)
            throws IOException {
        Path file = root.resolve(relative);
        if (BundlePaths.isProjectFile(relative) && Files.isRegularFile(file)) {
            files.put(relative, Files.readAllBytes(file));
        }
    }
}
