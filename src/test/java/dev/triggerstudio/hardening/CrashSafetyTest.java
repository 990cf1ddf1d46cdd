package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.TraceListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Kills {@code ./studio simulate --db} with SIGKILL at random points of a long batch, then checks
 * that the store is intact and holds exactly the operations committed before the kill.
 */
class CrashSafetyTest {
    private static final int OPERATIONS = 5_000;
    private static final int KILLS = Integer.getInteger("studio.crash.kills", 5);
    private static final String REPORT = "crash";

    @TempDir
    static Path tmp;
    static Path project;

    @BeforeAll
    static void writeProject() {
        project = CrashProject.write(tmp.resolve("crash"), OPERATIONS);
        Report.start(REPORT, "| run | marks seen before kill | extra delay ms | alive at kill | operations kept | integrity_check | each kept operation complete |\n|---|---|---|---|---|---|---|");
    }

    @Test
    @Timeout(180)
    void aKilledSimulationLeavesAnIntactStoreHoldingExactlyTheCommittedOperations() throws Exception {
        Random random = new Random(Long.getLong("studio.crash.seed", 11L));
        int injected = 0;
        for (int run = 0; run < KILLS; run++) {
            Path db = tmp.resolve("run-" + run + ".db");
            int threshold = CrashProject.PARTS * (1 + random.nextInt(400));
            int extraDelay = random.nextInt(300);
            Process child = ChildJvm.start(tmp.resolve("run-" + run + ".log"), "dev.triggerstudio.Main",
                    "simulate", project.toString(), "long", "--db", db.toString());
            long seen = waitForMarks(db, threshold, child);
            Thread.sleep(extraDelay);
            boolean alive = child.isAlive();
            ChildJvm.kill(child);
            injected += alive ? 1 : 0;
            int kept = checkPrefix(db, run, seen, extraDelay, alive);
            assertThat(kept).isGreaterThanOrEqualTo((int) (seen / CrashProject.PARTS));
            if (alive) {
                assertThat(kept).isLessThan(OPERATIONS);
            }
            theNextRunIsNormal(db, kept);
        }
        Report.line(REPORT, "\nkills injected mid-batch: " + injected + " of " + KILLS + " runs; machine: " + Report.machine());
        assertThat(injected).as("kills that landed while the batch was running").isGreaterThan(0);
    }

    /** Polls the store read-only until the child has committed at least this many marks. */
    private static long waitForMarks(Path db, int threshold, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        long seen = 0;
        while (System.nanoTime() < deadline && child.isAlive()) {
            seen = countMarks(db);
            if (seen >= threshold) {
                return seen;
            }
            Thread.sleep(20);
        }
        return seen;
    }

    private static long countMarks(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM mark")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // the child has not created the schema yet
        }
    }

    /** Checks integrity and the prefix property; returns how many operations the store kept. */
    private static int checkPrefix(Path db, int run, long seen, int delay, boolean alive) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            String integrity;
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                integrity = rs.getString(1);
            }
            Map<Integer, Integer> entries = countsByOp(s, "entry");
            Map<Integer, Integer> marks = countsByOp(s, "mark");
            int kept = entries.size();
            boolean prefix = entries.keySet().equals(marks.keySet())
                    && (kept == 0 || (entries.keySet().iterator().next() == 0 && ((TreeMap<Integer, Integer>) entries).lastKey() == kept - 1));
            boolean complete = entries.values().stream().allMatch(n -> n == CrashProject.PARTS)
                    && marks.values().stream().allMatch(n -> n == CrashProject.PARTS);
            Report.line(REPORT, "| " + run + " | " + seen + " | " + delay + " | " + alive + " | " + kept + " | " + integrity
                    + " | " + (prefix && complete) + " |");
            assertThat(integrity).isEqualTo("ok");
            assertThat(prefix).as("operations kept form a prefix 0..k-1 in both tables: %s", entries.keySet()).isTrue();
            assertThat(complete).as("every kept operation has all its entries and marks").isTrue();
            return kept;
        }
    }

    private static Map<Integer, Integer> countsByOp(Statement s, String table) throws SQLException {
        Map<Integer, Integer> counts = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("SELECT op, count(*) FROM " + table + " GROUP BY op")) {
            while (rs.next()) {
                counts.put(rs.getInt(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** The store a crash left behind takes the next batch as usual. */
    private static void theNextRunIsNormal(Path db, int kept) {
        Project p = ProjectLoader.load(project);
        Operation op = new Operation(Operation.Kind.CREATE, "entry",
                List.of(entry(kept, 0), entry(kept, 1), entry(kept, 2)),
                null, null, null);
        try (Store store = Simulator.openStore(p, db, false);
             Simulator sim = new Simulator(p, store, ScriptRuntimes.standard())) {
            BatchResult r = sim.run(new Batch("alice", List.of(op)), null, TraceListener.NONE);
            assertThat(r.operations().getFirst().status()).isEqualTo("committed");
            assertThat(store.query("SELECT count(*) AS n FROM mark WHERE op = ?", kept).getFirst().get("n")).isEqualTo(3L);
        }
    }

    private static Map<String, Object> entry(int op, int part) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("op", op);
        m.put("part", part);
        return m;
    }
}
