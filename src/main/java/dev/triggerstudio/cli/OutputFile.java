package dev.triggerstudio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes (--trace, --out): opened as a temporary file beside its target before
 * any work starts, so that an unwritable path is refused up front with its reason (exit 2), and
 * moved over the target only when complete, so that a failed run never leaves half a file.
 */
final class OutputFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Refuses (as bad input) a path that cannot be written, naming the option and the reason. */
    static OutputFile open(String option, Path target) {
        Path dir = target.toAbsolutePath().normalize().getParent();
        if (Files.isDirectory(target)) {
            throw new CommandProblem(option + " " + target + ": this is a folder; give a file name");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CommandProblem(option + " " + target + ": cannot write there: the folder " + dir
                    + (dir != null && Files.exists(dir) ? " is not a folder" : " does not exist")
                    + "; create it first or choose another path (nothing was run or written)");
        }
        try {
            return new OutputFile(target, Files.createTempFile(dir, "." + target.getFileName(), ".part"));
        } catch (IOException e) {
            throw new CommandProblem(option + " " + target + ": cannot write there: " + reason(e, dir)
                    + "; choose another path (nothing was run or written)");
        }
    }

    Path temp() {
        return temp;
    }

    /** The complete file takes the target's place in one step. */
    void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover hidden .part file is harmless; the target itself was never touched
            }
        }
    }

    /** The operating system's reason in words, without Java's exception names. */
    static String reason(IOException e, Path dir) {
        return switch (e) {
            case AccessDeniedException a -> "permission denied in " + dir;
            case NoSuchFileException n -> "the folder " + dir + " does not exist";
            case NotDirectoryException n -> dir + " is not a folder";
            case FileSystemException f when f.getReason() != null -> f.getReason().toLowerCase(java.util.Locale.ROOT)
                    + " (" + dir + ")";
            default -> e.getMessage() == null ? "the file cannot be created" : e.getMessage();
        };
    }
}
