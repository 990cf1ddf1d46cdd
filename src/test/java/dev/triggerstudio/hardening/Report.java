package dev.triggerstudio.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Observed outcomes of the hardening tests, appended to {@code target/hardening/<name>.md}, so
 * that docs/security.md and docs/reliability.md quote what a run saw rather than what we expect.
 */
final class Report {
    private static final Path DIR = Path.of("target", "hardening");

    private Report() {
    }

    static synchronized void start(String name, String header) {
        write(name, header + "\n", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    static synchronized void line(String name, String line) {
        write(name, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    private static void write(String name, String text, StandardOpenOption... options) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name + ".md"), text, StandardCharsets.UTF_8, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
