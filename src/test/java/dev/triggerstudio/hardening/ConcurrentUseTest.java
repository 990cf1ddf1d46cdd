package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Json;
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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be tested without a window: a simulation runs on the Project it loaded while its files
 * are saved again and again, and two simulators share one store file.
 */
class ConcurrentUseTest {
    private static final String REPORT = "concurrency";

    @TempDir
    Path tmp;

    @BeforeAll
    static void header() {
        Report.start(REPORT, "Concurrent use, observed:");
    }

    @Test
    @Timeout(120)
    void aSimulationRunsOnItsSnapshotWhileTheFilesAreSavedAndEverySaveStaysWhole() throws Exception {
        Path root = CrashProject.write(tmp.resolve("p"), 400);
        Project project = ProjectLoader.load(root);
        Path script = root.resolve("triggers/entry_mark.lua");
        CompletableFuture<BatchResult> run;
        int saves = 0;
        try (Store store = Simulator.openStore(project, tmp.resolve("p.db"), false);
             Simulator sim = new Simulator(project, store, ScriptRuntimes.standard())) {
            run = CompletableFuture.supplyAsync(() -> sim.run(project.batches().get("long"), null, TraceListener.NONE));
            while (!run.isDone()) {
                saves++;
                // an edit that would double every mark if the running simulation picked it up
                Json.writeAtomically(script, editedScript(saves));
                Json.writeAtomically(root.resolve("objects/mark.json"), Files.readString(root.resolve("objects/mark.json")));
            }
            BatchResult result = run.get(60, TimeUnit.SECONDS);
            assertThat(result.operations()).allMatch(op -> op.status().equals("committed"));
            assertThat(store.query("SELECT count(*) AS n FROM mark").getFirst().get("n")).isEqualTo(400L * CrashProject.PARTS);
        }
        assertThat(Files.readString(script)).isEqualTo(editedScript(saves));
        assertThat(ProjectLoader.check(root).hasErrors()).isFalse();
        Report.line(REPORT, "- simulation of 400 operations while its trigger and an object were saved " + saves
                + " times each: every operation committed from the loaded snapshot, the last save read back whole");
    }

    private static String editedScript(int version) {
        return "local gospel = require(\"gospellua\")\n-- edit " + version + "\n"
                + "gospel.insert(\"mark\", {op = record.op, part = record.part})\n"
                + "gospel.insert(\"mark\", {op = record.op, part = record.part})\n";
    }

    @Test
    @Timeout(180)
    void twoSimulatorsOnOneStoreFileNeverCorruptItOrHalfWriteAnOperation() throws Exception {
        Path root = CrashProject.write(tmp.resolve("p"), 1);
        Project project = ProjectLoader.load(root);
        Path db = tmp.resolve("shared.db");
        try (Store seed = Simulator.openStore(project, db, false)) {
            long busy = busyTimeout(seed);
            assertThat(busy).as("PRAGMA busy_timeout of the engine's connection").isPositive();
            Report.line(REPORT, "- the engine's connection waits up to " + busy + " ms for another writer (PRAGMA busy_timeout)");
        }
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> replay(project, db, 0));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> replay(project, db, 100_000));
        String first = a.get(150, TimeUnit.SECONDS);
        String second = b.get(150, TimeUnit.SECONDS);
        Report.line(REPORT, "- two simulators, 300 operations each, on one store file: A " + first + "; B " + second);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = s.executeQuery("SELECT e.op, e.n, m.n FROM (SELECT op, count(*) AS n FROM entry GROUP BY op) e"
                    + " LEFT JOIN (SELECT op, count(*) AS n FROM mark GROUP BY op) m ON m.op = e.op")) {
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("entries of operation %d", rs.getInt(1)).isEqualTo(CrashProject.PARTS);
                    assertThat(rs.getInt(3)).as("marks of operation %d", rs.getInt(1)).isEqualTo(CrashProject.PARTS);
                }
            }
        }
    }

    private static long busyTimeout(Store store) {
        return ((Number) store.query("PRAGMA busy_timeout").getFirst().values().iterator().next()).longValue();
    }

    /** Runs 300 operations on its own connection; says how they ended, or the one-line error that stopped it. */
    private static String replay(Project project, Path db, int base) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int p = 0; p < CrashProject.PARTS; p++) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("op", base + i);
                r.put("part", p);
                records.add(r);
            }
            ops.add(new Operation(Operation.Kind.CREATE, "entry", records, null, null, null));
        }
        try (Store store = Simulator.openStore(project, db, false);
             Simulator sim = new Simulator(project, store, ScriptRuntimes.standard())) {
            BatchResult r = sim.run(new Batch("alice", ops), null, TraceListener.NONE);
            long committed = r.operations().stream().filter(op -> op.status().equals("committed")).count();
            List<String> errors = r.operations().stream().filter(op -> op.error() != null).map(op -> op.error().message())
                    .distinct().limit(2).toList();
            return committed + " of 300 committed" + (errors.isEmpty() ? "" : ", others: " + errors);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            assertThat(message).as("a clear one-line error").doesNotContain("\n");
            return "stopped with: " + message;
        }
    }
}
