package dev.triggerstudio.bundle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a bundle's project files into a new folder. All or nothing: the files go to a hidden temporary
 * folder beside the target, which is renamed into place only when every file is written, so a failure
 * leaves no half-imported project. Each path is resolved and checked to stay inside that folder,
 * although {@link SafeZipReader} and {@link Bundle#problems()} have already refused unsafe names.
 */
public final class BundleImporter {
    private BundleImporter() {
    }

    /** @return the number of files written */
    public static int importInto(Bundle bundle, Path target) throws IOException {
        List<Bundle.Problem> problems = bundle.problems();
        if (!problems.isEmpty()) {
            throw new BundleException("the bundle does not match its manifest: " + problems.getFirst()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; run ./studio inspect)" : ""));
        }
        Path dest = target.toAbsolutePath().normalize();
        requireEmptyOrAbsent(dest);
        Path parent = dest.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dest.getFileName() + ".import-");
        try {
            Map<String, byte[]> files = bundle.projectFiles();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                write(staging, f.getKey(), f.getValue());
            }
            moveIntoPlace(staging, dest);
            return files.size();
        } finally {
            deleteTree(staging);
        }
    }

    private static void requireEmptyOrAbsent(Path dest) throws IOException {
        if (Files.isSymbolicLink(dest)) {
            throw new BundleException(dest + " is a symbolic link; import into a plain folder");
        }
        if (!Files.exists(dest)) {
            return;
        }
        if (!Files.isDirectory(dest)) {
            throw new BundleException(dest + " exists and is not a folder; choose a new folder to import into");
        }
        try (Stream<Path> s = Files.list(dest)) {
            if (s.findAny().isPresent()) {
                throw new BundleException(dest + " is not empty; import into a new or empty folder");
            }
        }
    }

    private static void write(Path staging, String relative, byte[] content) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new BundleException("entry " + relative + " refused: it would be written outside the target folder");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static void moveIntoPlace(Path staging, Path dest) throws IOException {
        try {
            Files.deleteIfExists(dest);
        } catch (DirectoryNotEmptyException e) {
            throw new BundleException(dest + " is not empty; import into a new or empty folder");
        }
        try {
            Files.move(staging, dest, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, dest);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
