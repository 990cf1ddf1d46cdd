package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random batches on the valid ledger project through {@code simulate --db}: every operation is
 * reported, the exit code follows the contract, refused input leaves the store as it was, and
 * the store stays intact whatever the batch did.
 */
class BatchFuzzTest {
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger OPERATIONS = new AtomicInteger();
    private static final int[] EXITS = new int[3];
    private static Path work;
    private static Path project;
    private static Path template;

    @BeforeContainer
    static void prepare() throws IOException {
        work = Files.createTempDirectory("studio-batch-fuzz");
        project = Files2.copyTree(Path.of("samples", "ledger"), work.resolve("ledger"));
        template = work.resolve("template.db");
        CliOutcome.run("simulate", project.toString(), "lifecycle", "--db", template.toString()).isClear(0, 1);
    }

    @AfterContainer
    static void report() throws IOException {
        Report.start("fuzz-batch", "batch fuzz: " + TRIES.get() + " random batches (" + OPERATIONS.get() + " operations) on the ledger;"
                + " exit 0: " + EXITS[0] + ", exit 1: " + EXITS[1] + ", exit 2 (refused, store unchanged): " + EXITS[2]);
        ProjectFuzzTest.deleteTree(work);
    }

    @Property
    void aRandomBatchIsReplayedOrRefusedClearlyAndTheStoreStaysIntact(@ForAll long seed) throws IOException {
        int n = TRIES.incrementAndGet();
        RandomBatch.Text batch = new RandomBatch(seed).next();
        Path file = project.resolve("batches/fuzz-" + n + ".json");
        Files.writeString(file, batch.json());
        Path db = work.resolve("try-" + n + ".db");
        Files.copy(template, db);
        String before = StoreDump.of(db);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> replay(file, db, batch, before),
                    () -> "seed " + seed + ":\n" + batch.json());
        } finally {
            Files.delete(file);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
    }

    private static void replay(Path file, Path db, RandomBatch.Text batch, String before) throws SQLException {
        CliOutcome run = CliOutcome.run("simulate", project.toString(), file.getFileName().toString(), "--db", db.toString())
                .isClear(0, 1, 2);
        EXITS[run.exit()]++;
        if (run.exit() == 2) {
            assertThat(StoreDump.of(db)).as("store after refused input (%s)", run.err()).isEqualTo(before);
            return;
        }
        OPERATIONS.addAndGet(batch.operations());
        assertThat(run.out().lines().filter(l -> l.startsWith("#"))).as(run.out()).hasSize(batch.operations());
        assertThat(integrity(db)).isEqualTo("ok");
    }

    static String integrity(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
