package dev.triggerstudio.beyond;

import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of samples/ledger in a temporary folder, with helpers to add triggers and automations. */
public final class LedgerCopy {
    public final Path root;

    public LedgerCopy(Path dir) {
        this.root = dir.resolve("ledger");
        copy(Path.of("samples/ledger"), root);
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trigger definition and its script; language is taken from the extension. */
    public LedgerCopy trigger(String id, String object, String timing, String events, String ext, String script) {
        String language = switch (ext) {
            case "py" -> "python";
            case "lua" -> "lua";
            default -> "stanza";
        };
        write("triggers/" + id + ".json", """
                {"id": "%s", "object": "%s", "language": "%s", "timing": "%s", "events": [%s],
                 "order": 50, "active": true, "owner": "alice", "actor": "owner"}
                """.formatted(id, object, language, timing, events));
        return write("triggers/" + id + "." + ext, script);
    }

    public LedgerCopy write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Project load() {
        return ProjectLoader.load(root);
    }
}
