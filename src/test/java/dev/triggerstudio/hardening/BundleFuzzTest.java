package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bundles of the ledger sample, damaged at random (bytes flipped, cut short, an entry's content
 * changed and the zip rebuilt), through {@code inspect} and {@code import}: a clear one-line
 * answer, no stack trace, and a refused import writes nothing.
 */
class BundleFuzzTest {
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger IMPORTED = new AtomicInteger();
    private static Path work;
    private static byte[] bundle;

    @BeforeContainer
    static void export() throws IOException {
        work = Files.createTempDirectory("studio-bundle-fuzz");
        Path zip = work.resolve("ledger.zip");
        CliOutcome.run("export", "samples/ledger", "--out", zip.toString()).isClear(0);
        bundle = Files.readAllBytes(zip);
    }

    @AfterContainer
    static void report() throws IOException {
        Report.start("fuzz-bundle", "bundle fuzz: " + TRIES.get() + " damaged bundles through inspect and import; imported "
                + IMPORTED.get() + ", refused the rest with nothing written");
        ProjectFuzzTest.deleteTree(work);
    }

    @Property
    void aDamagedBundleIsRefusedClearlyAndWritesNothing(@ForAll long seed) throws IOException {
        int n = TRIES.incrementAndGet();
        Random random = new Random(seed);
        Path zip = work.resolve("try-" + n + ".zip");
        Files.write(zip, damage(bundle, random));
        Path into = work.resolve("into-" + n);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            CliOutcome.run("inspect", zip.toString()).isClear(false, 0, 1, 2);
            CliOutcome imported = CliOutcome.run("import", zip.toString(), "--into", into.toString()).isClear(false, 0, 1, 2);
            if (imported.exit() == 0) {
                IMPORTED.incrementAndGet();
                CliOutcome.run("check", into.toString()).isClear(0, 1);
            } else {
                assertThat(Files2.fingerprint(into)).as("nothing written by a refused import: %s", imported.err()).isEmpty();
            }
        }, () -> "seed " + seed);
        ProjectFuzzTest.deleteTree(into);
        Files.delete(zip);
    }

    static byte[] damage(byte[] original, Random random) throws IOException {
        byte[] bytes = original.clone();
        return switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield bytes;
            }
            case 1 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            default -> rezipWithOneEntryChanged(bytes, random);
        };
    }

    /** A tool that edits one file inside the bundle and zips it again without updating the manifest. */
    private static byte[] rezipWithOneEntryChanged(byte[] zip, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (random.nextInt(8) == 0 && content.length > 0) {
                    content[random.nextInt(content.length)] = (byte) ('a' + random.nextInt(26));
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
