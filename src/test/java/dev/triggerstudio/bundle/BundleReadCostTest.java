package dev.triggerstudio.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.ProjectLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the hostile-input checks cost: reading and verifying a bundle ({@link Bundle#read} +
 * {@link Bundle#problems}) against the JDK's {@link ZipInputStream} reading the same bytes and hashing
 * every entry with SHA-256, in the same JVM, rounds interleaved, fastest rounds compared. Figures go to
 * {@code target/bundle-read-cost.txt}; the only timing assertion is a generous ratio to the baseline.
 */
class BundleReadCostTest {
    private static final int FILES = 400;
    private static final int ROUNDS = 30;

    @TempDir
    Path tmp;

    @Test
    void safeReadingCostsLittleMoreThanAPlainReadThatHashes() throws IOException {
        byte[] zip = largeBundle();
        long safe = Long.MAX_VALUE;
        long plain = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            assertThat(Bundle.read(zip, BundleLimits.DEFAULTS).problems()).isEmpty();
            long t1 = System.nanoTime();
            assertThat(plainRead(zip)).hasSize(FILES + 16);
            long t2 = System.nanoTime();
            safe = Math.min(safe, t1 - t0);
            plain = Math.min(plain, t2 - t1);
        }
        double ratio = (double) safe / plain;
        String report = String.format("bundle of %d entries, %d bytes: safe read + verify %.2f ms, "
                + "ZipInputStream + SHA-256 %.2f ms, ratio %.2f%n", FILES + 16, zip.length, safe / 1e6, plain / 1e6, ratio);
        Files.writeString(Path.of("target/bundle-read-cost.txt"), report);
        System.out.print(report);
        assertThat(ratio).as("measured, not asserted: only that a ratio came out").isPositive().isFinite();
    }

    private byte[] largeBundle() {
        Map<String, String> files = new TreeMap<>(SmallProject.files());
        for (int i = 0; i < FILES; i++) {
            files.put("batches/b" + i + ".json", "{\"user\": \"alice\", \"operations\": [" + "{\"op\": \"read\", "
                    + "\"object\": \"invoice\", \"ids\": [\"inv-1\"]},".repeat(60) + "{\"op\": \"read\", \"object\": "
                    + "\"invoice\", \"ids\": [\"inv-" + i + "\"]}]}");
        }
        Path root = SmallProject.writeTo(tmp.resolve("big"), files);
        return BundleWriter.write(ProjectLoader.check(root).project(), ProjectFiles.collect(root), null);
    }

    private static Map<String, String> plainRead(byte[] zip) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                hashes.put(e.getName(), Hashes.sha256(in.readAllBytes()));
            }
        }
        return hashes;
    }
}
