package dev.triggerstudio.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triggerstudio.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole-process bench compares like with like. Never timed. */
class ProcessBenchTest {
    @TempDir
    Path dir;

    @Test
    void thePythonBaselineWritesExactlyTheRowsTheRunStored() throws Exception {
        assumeTrue(hasPython3(), "python3 is not installed");
        Path batch = ProcessBench.writeContacts(dir.resolve("contacts.json"), 450);
        Path ours = dir.resolve("ours.db");
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "simulate", "samples/crm", batch.toString(),
                "--db", ours.toString());
        assertThat(code).as(err.toString()).isZero();
        Path ids = dir.resolve("ids.txt");
        java.nio.file.Files.write(ids, ProcessBench.storedIds(ours));
        Path theirs = dir.resolve("python.db");
        Process p = new ProcessBuilder("python3", ProcessBench.writePythonBaseline(dir).toString(), theirs.toString(),
                ids.toString(), ProcessBench.createdDate(ours)).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();

        List<List<Object>> stored = contacts(ours);
        assertThat(stored).hasSize(450);
        assertThat(contacts(theirs)).isEqualTo(stored);
        assertThat(journalMode(theirs)).isEqualTo("wal");
    }

    @Test
    void theFigureIsTheRoundWithTheMedianRatio() {
        ProcessBench.Run[] slow = {new ProcessBench.Run(10, 0, 300.0, 5.0, ""), new ProcessBench.Run(2, 0, null, 1.0, "")};
        ProcessBench.Run[] mid = {new ProcessBench.Run(8, 0, 280.0, 4.0, ""), new ProcessBench.Run(2, 0, null, 1.0, "")};
        ProcessBench.Run[] fast = {new ProcessBench.Run(4, 0, 250.0, ""), new ProcessBench.Run(2, 0, null, "")};
        ProcessBench.Figure create = ProcessBench.ratioFigure("create", List.of(slow, fast, mid), true, "");
        assertThat(create.ratio()).isEqualTo(0.25);
        assertThat(create.seconds()).isEqualTo(8);
        assertThat(create.peakRssMb()).isEqualTo(280.0);
        assertThat(create.ratios()).containsExactly(0.2, 0.5, 0.25);
        assertThat(create.cpuRatio()).as("the median round's CPU seconds, baseline over ours").isEqualTo(0.25);
        ProcessBench.Figure test = ProcessBench.ratioFigure("test", List.of(slow, fast, mid), false, "");
        assertThat(test.ratio()).isEqualTo(4.0);
    }

    /** Every column of the benchmark's contacts, in the order they were stored. */
    private static List<List<Object>> contacts(Path db) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select * from contact where last_name like 'Bench%' order by rowid")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getMetaData().getColumnName(i) + "=" + rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String journalMode(Path db) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("pragma journal_mode")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static boolean hasPython3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
