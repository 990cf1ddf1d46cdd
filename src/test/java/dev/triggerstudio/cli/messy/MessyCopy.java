package dev.triggerstudio.cli.messy;

import dev.triggerstudio.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of a sample project with one file made bad, and in-process runs of ./studio on it. */
final class MessyCopy {
    /** One run: exit code and what it printed. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }

        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private final Path root;

    private MessyCopy(Path root) {
        this.root = root;
    }

    static MessyCopy of(String sample, Path tmp) {
        Path source = Path.of("samples", sample);
        Path target = tmp.resolve(sample);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessyCopy(target);
    }

    MessyCopy with(String relative, String text) {
        try {
            Path f = root.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MessyCopy edit(String relative, UnaryOperator<String> change) {
        try {
            return with(relative, change.apply(Files.readString(root.resolve(relative))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    String path() {
        return root.toString();
    }

    /** {@code ./studio <command> <this project> <more...>}. */
    Run studio(String command, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = command;
        args[1] = root.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
