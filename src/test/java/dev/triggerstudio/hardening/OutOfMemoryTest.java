package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, item 7: a command that runs out of heap prints one line saying how to give it more
 * (STUDIO_JAVA_OPTS=-Xmx...), never an OutOfMemoryError's stack. Each command runs in a real child
 * JVM with a small heap, on a copy of the ledger whose seed data does not fit in it.
 */
class OutOfMemoryTest {
    @TempDir
    static Path tmp;

    static Path project;

    @BeforeAll
    static void bigLedger() throws IOException {
        project = tmp.resolve("ledger");
        Path source = Path.of("samples/ledger");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = project.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        try (var out = Files.newBufferedWriter(project.resolve("data/account.json"), StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < 300_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"acct-" + i + "\", \"name\": \"Account number " + i
                        + " of a very large seed\", \"owner\": \"alice\", \"created_by\": \"alice\", \"modified_by\": \"alice\"}");
            }
            out.write("\n]\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "simulate", "test", "export"})
    void aFileTooLargeForTheHeapIsOneLineSayingWhatToDo(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command, project.toString()));
        switch (command) {
            case "simulate" -> args.add("lifecycle");
            case "export" -> args.addAll(List.of("--out", tmp.resolve("b.zip").toString()));
            default -> { }
        }

        Run run = run(command, args);

        // reading a file names the file (the loader's words); either way one line says what to do
        assertThat(run.output()).as(run.output()).contains("STUDIO_JAVA_OPTS=-Xmx");
        assertThat(run.output().lines().filter(l -> l.contains("STUDIO_JAVA_OPTS"))).as(run.output()).hasSize(1);
        assertThat(run.output()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.exit()).isIn(1, 2);
    }

    @ParameterizedTest(name = "simulate --scale {0}")
    @ValueSource(strings = {"2000000"})
    void runningOutOfHeapWhileRunningIsOneLineSayingWhatToDo(String scale) throws Exception {
        Run run = run("scale", List.of("simulate", "samples/ledger", "lifecycle", "--scale", scale));

        assertThat(run.output()).as(run.output()).startsWith("studio: out of memory: simulate needed more than its ")
                .contains("MB of Java heap; run it again with more, e.g. STUDIO_JAVA_OPTS=-Xmx1g ./studio simulate ...");
        assertThat(run.output().lines()).as(run.output()).hasSize(1);
        assertThat(run.output()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.exit()).isEqualTo(2);
    }

    record Run(int exit, String output) {
    }

    private static Run run(String name, List<String> args) throws Exception {
        Path log = tmp.resolve(name + ".log");
        Process p = start(log, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(log).strip());
    }

    private static Process start(Path log, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dpolyglot.engine.WarnInterpreterOnly=false", "-cp", System.getProperty("java.class.path"),
                "dev.triggerstudio.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
