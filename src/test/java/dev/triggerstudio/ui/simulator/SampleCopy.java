package dev.triggerstudio.ui.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A fresh copy of a sample project in a temporary folder: runs write {@code .studio/} into it. */
public final class SampleCopy {
    private SampleCopy() {
    }

    public static Path of(String sample) {
        try {
            Path source = Path.of("samples", sample).toAbsolutePath();
            Path target = Files.createTempDirectory("sim-" + sample + "-");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    if (p.toString().contains(".studio")) {
                        continue;
                    }
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code batches/<name>.json} creating {@code count} accounts, one operation each or all in one. */
    public static void accountsBatch(Path project, String name, int count, boolean oneOperation) {
        StringBuilder sb = new StringBuilder("{\"user\": \"alice\", \"operations\": [");
        if (oneOperation) {
            sb.append("{\"op\": \"create\", \"object\": \"account\", \"records\": [");
            for (int i = 0; i < count; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"name\": \"Acct ").append(i).append("\", \"balance\": ").append(i).append('}');
            }
            sb.append("]}");
        } else {
            for (int i = 0; i < count; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"op\": \"create\", \"object\": \"account\", \"records\": [{\"name\": \"Acct ")
                        .append(i).append("\"}]}");
            }
        }
        sb.append("]}");
        try {
            Files.writeString(project.resolve("batches").resolve(name + ".json"), sb.toString());
            // The ledger's opening-invoice trigger queries once per record; a 10 000-record create
            // would exceed max_queries by design, which is not what these batches are about.
            Path t = project.resolve("triggers/account_opening_invoice.json");
            if (Files.exists(t)) {
                Files.writeString(t, Files.readString(t).replace("\"active\": true", "\"active\": false"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
