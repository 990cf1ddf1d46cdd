package dev.triggerstudio.cli;

import dev.triggerstudio.cli.bench.ProcessBench;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the headless commands' ahead-of-time cache: {@code ./studio}'s build runs
 * this once under {@code -XX:AOTCacheOutput}, and the JDK keeps the classes it loaded and linked and
 * the methods it profiled, so that every later {@code check}, {@code test} and {@code simulate}
 * starts from them. It runs the commands users run, in one process, on copies of the sample
 * projects (a run writes nothing into the samples), with their output thrown away. Not a command
 * users see; its exit code is always 0 because a poor training run only makes a slower cache.
 *
 * <p>Usage: {@code Training STUDIO_HOME WORK_DIR}.
 */
public final class Training {
    private static final int CONTACTS = 2_000;

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path crm = copy(home.resolve("samples/crm"), work.resolve("crm"));
        Path ledger = copy(home.resolve("samples/ledger"), work.resolve("ledger"));
        Path batch = ProcessBench.writeContacts(work.resolve("contacts.json"), CONTACTS);
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream(), true);
        for (List<String> command : commands(crm, ledger, batch, work.resolve("training.db"))) {
            Cli.run(quiet, quiet, command.toArray(String[]::new));
        }
        System.exit(0); // the language runtimes' daemon threads must not keep the run open
    }

    private static List<List<String>> commands(Path crm, Path ledger, Path batch, Path db) {
        List<List<String>> c = new ArrayList<>();
        for (Path p : List.of(crm, ledger)) {
            c.add(List.of("check", p.toString()));
            c.add(List.of("test", p.toString()));
        }
        c.add(List.of("simulate", crm.toString(), batch.toString(), "--db", db.toString(), "--json"));
        return c;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else if (!f.toString().contains("/.studio/")) {
                    Files.copy(f, dest);
                }
            }
        }
        return to;
    }
}
