package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A save that dies half way never leaves a truncated file: the target holds one whole version. */
class AtomicSaveTest {
    private static final Pattern VERSION = Pattern.compile("^-- version (\\d+)\n");
    private static final String REPORT = "atomic-save";

    @TempDir
    Path tmp;

    @Test
    void aSaveThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("triggers/invoice_totals.lua");
        Json.writeAtomically(file, "-- the good version\n");
        // A lone surrogate cannot be encoded as UTF-8: the writer fails after the temporary file exists.
        String unencodable = "-- new version\n" + "y".repeat(100_000) + "\uD800 and more";
        assertThatThrownBy(() -> Json.writeAtomically(file, unencodable)).isInstanceOf(CharacterCodingException.class);
        assertThat(Files.readString(file)).isEqualTo("-- the good version\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("invoice_totals.lua");
        }
    }

    @Test
    @Timeout(120)
    void killingAProcessWhileItSavesNeverLeavesATornFile() throws Exception {
        Random random = new Random(5);
        int kills = 6;
        Report.start(REPORT, "| kill | delay ms | version on disk | whole |\n|---|---|---|---|");
        for (int k = 0; k < kills; k++) {
            Path file = tmp.resolve("save-" + k + "/trigger.lua");
            Files.createDirectories(file.getParent());
            Process child = ChildJvm.start(tmp.resolve("save-" + k + ".log"), AtomicSaveLoop.class.getName(), file.toString());
            waitUntilExists(file, child);
            int delay = 200 + random.nextInt(1500);
            Thread.sleep(delay);
            assertThat(child.isAlive()).as("the saver is still saving when killed").isTrue();
            ChildJvm.kill(child);
            String text = Files.readString(file);
            int version = versionOf(text);
            boolean whole = text.equals(AtomicSaveLoop.text(version));
            Report.line(REPORT, "| " + k + " | " + delay + " | " + version + " | " + whole + " |");
            assertThat(whole).as("file holds exactly version %d", version).isTrue();
        }
    }

    private static int versionOf(String text) {
        Matcher m = VERSION.matcher(text);
        assertThat(m.find()).as("file starts with its version line").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static void waitUntilExists(Path file, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Files.exists(file) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(Files.exists(file)).as("the saver started").isTrue();
    }
}
