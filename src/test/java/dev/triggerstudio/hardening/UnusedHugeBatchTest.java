package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run reads only the batch it runs: a 33 MB batch sitting in batches/ costs nothing, so a small
 * batch simulates in a JVM of 512 MB (the whole project used to be parsed, and ran out of memory).
 */
class UnusedHugeBatchTest {
    @TempDir
    Path tmp;

    @Test
    void simulatingASmallBatchNeverReadsAHugeOne() throws Exception {
        Path project = Files2.copyTree(Path.of("samples", "ledger"), tmp.resolve("ledger"));
        Path huge = project.resolve("batches/huge.json");
        writeHugeBatch(huge);
        assertThat(Files.size(huge)).isGreaterThan(33_000_000L);

        Path log = tmp.resolve("child.log");
        Process child = ChildJvm.start(log, "dev.triggerstudio.Main", "simulate", project.toString(), "lifecycle");
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();

        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("#4 read invoice: committed").doesNotContain("OutOfMemoryError");
    }

    private static void writeHugeBatch(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"user\": \"alice\", \"operations\": [{\"op\": \"create\", \"object\": \"invoice\", \"records\": [\n");
            for (int i = 0; i < 430_000; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"number\": \"INV-" + i + "\", \"note\": \"a line of the huge batch\", \"total\": " + i + "}");
            }
            w.write("]}]}\n");
        }
    }
}
