package dev.triggerstudio.cli.bench;

import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code ./studio bench --process}: what a user waits for, each command a whole new process started
 * through the {@code ./studio} launcher (JVM start, class loading, project loading, language
 * runtimes and the work), against a baseline taken in the same round:
 * <ul>
 * <li>{@code create}: a create of N contacts from a batch file outside the project into a new
 * {@code --db}, against Python's {@code sqlite3} inserting the same rows (the ids the run gave
 * them, the same nine other columns, WAL, a commit every 200) as a process of its own; the
 * ratio is Python's time over ours, so higher is better, like the other bench ratios;</li>
 * <li>{@code test} and {@code check} of {@code samples/crm} (Python) over the same command on
 * {@code samples/ledger} (Lua and Stanza): lower is better;</li>
 * <li>{@code empty_simulate}: a batch with no operations, seconds.</li>
 * </ul>
 * Every round measures everything once; the figure reported is the round with the median ratio.
 * Peak RSS is the process's high-water mark read from {@code /proc} while it runs.
 */
public final class ProcessBench {
    /** One figure: the median round's seconds, its baseline's, their ratio, and the ratios of every round. */
    public record Figure(String name, double seconds, Double baselineSeconds, Double ratio, List<Double> ratios,
                         Double peakRssMb, Double cpuRatio, String note) {
        public Map<String, Object> asJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("seconds", round(seconds));
            m.put("baseline_seconds", baselineSeconds == null ? null : round(baselineSeconds));
            m.put("ratio", ratio == null ? null : round(ratio));
            m.put("ratios", ratios.stream().map(ProcessBench::round).toList());
            m.put("peak_rss_mb", peakRssMb == null ? null : round(peakRssMb));
            m.put("cpu_ratio", cpuRatio == null ? null : round(cpuRatio));
            m.put("note", note);
            return m;
        }
    }

    /**
     * One process's wall time, exit code, peak resident memory and CPU seconds (user + system, all
     * threads; null where /proc has none). On a machine shared with other work, the CPU time says
     * what the process cost when the wall time mostly says how long it waited for a core.
     */
    record Run(double seconds, int exit, Double peakRssMb, Double cpuSeconds, String output) {
        Run(double seconds, int exit, Double peakRssMb, String output) {
            this(seconds, exit, peakRssMb, null, output);
        }
    }

    private final Path home;
    private final Path dir;
    private final int records;
    private final int rounds;
    private final Consumer<String> progress;

    public ProcessBench(Path home, Path dir, int records, int rounds, Consumer<String> progress) {
        this.home = home;
        this.dir = dir;
        this.records = records;
        this.rounds = rounds;
        this.progress = progress;
    }

    public List<Figure> run() throws IOException, InterruptedException {
        Path batch = writeContacts(dir.resolve("contacts.json"), records);
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"user\": \"alice\", \"operations\": []}\n");
        Path python = writePythonBaseline(dir);
        List<Run[]> create = new ArrayList<>();
        List<Run[]> test = new ArrayList<>();
        List<Run[]> check = new ArrayList<>();
        List<Run> emptyRuns = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            progress.accept("round " + r + " of " + rounds);
            create.add(createRound(batch, python));
            test.add(new Run[] {studio("test", "samples/crm"), studio("test", "samples/ledger")});
            check.add(new Run[] {studio("check", "samples/crm"), studio("check", "samples/ledger")});
            emptyRuns.add(studio("simulate", "samples/crm", empty.toString()));
        }
        List<Figure> out = new ArrayList<>();
        out.add(ratioFigure("create_" + records, create, true,
                "whole ./studio simulate --db of " + records + " contacts; ratio = Python sqlite3 time / ours (higher is better)"));
        out.add(ratioFigure("test_crm_over_ledger", test, false, "./studio test samples/crm / samples/ledger (lower is better)"));
        out.add(ratioFigure("check_crm_over_ledger", check, false, "./studio check samples/crm / samples/ledger (lower is better)"));
        out.add(secondsFigure("empty_simulate", emptyRuns, "./studio simulate of a batch with no operations"));
        return out;
    }

    private Run[] createRound(Path batch, Path python) throws IOException, InterruptedException {
        Path db = dir.resolve("studio.db");
        Path rawDb = dir.resolve("python.db");
        deleteDb(db);
        deleteDb(rawDb);
        Run ours = studio("simulate", "samples/crm", batch.toString(), "--db", db.toString());
        if (ours.exit() != 0) {
            throw new IOException("the create failed: " + ours.output());
        }
        Path ids = dir.resolve("ids.txt");
        Files.write(ids, storedIds(db), StandardCharsets.UTF_8);
        Run raw = run(List.of("python3", python.toString(), rawDb.toString(), ids.toString(), createdDate(db)));
        if (raw.exit() != 0) {
            throw new IOException("python3 could not run the sqlite3 baseline: " + raw.output());
        }
        deleteDb(db);
        deleteDb(rawDb);
        return new Run[] {ours, raw};
    }

    /** The Python script of the baseline, written into the folder. */
    static Path writePythonBaseline(Path folder) throws IOException {
        Path python = folder.resolve("sqlite3_insert.py");
        try (InputStream in = ProcessBench.class.getResourceAsStream("sqlite3_insert.py")) {
            Files.write(python, in.readAllBytes());
        }
        return python;
    }

    /** The ids our run stored for the batch's contacts, in the order it stored them. */
    static List<String> storedIds(Path db) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from contact where last_name like 'Bench%' order by rowid")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the ids of the run: " + e.getMessage(), e);
        }
        return ids;
    }

    /** The creation time our run gave the contacts (the simulated clock), which the baseline writes too. */
    static String createdDate(Path db) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select created_date from contact where last_name like 'Bench%' limit 1")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new IOException("cannot read the run's store: " + e.getMessage(), e);
        }
    }

    /** The create's ratio is baseline over ours (throughput); the others ours over baseline (time). */
    static Figure ratioFigure(String name, List<Run[]> rounds, boolean throughput, String note) {
        List<double[]> rows = new ArrayList<>();
        for (Run[] r : rounds) {
            double ratio = throughput ? r[1].seconds() / r[0].seconds() : r[0].seconds() / r[1].seconds();
            double cpu = r[0].cpuSeconds() == null || r[1].cpuSeconds() == null || r[0].cpuSeconds() == 0 || r[1].cpuSeconds() == 0 ? -1
                    : throughput ? r[1].cpuSeconds() / r[0].cpuSeconds() : r[0].cpuSeconds() / r[1].cpuSeconds();
            rows.add(new double[] {ratio, r[0].seconds(), r[1].seconds(), r[0].peakRssMb() == null ? -1 : r[0].peakRssMb(), cpu});
        }
        List<Double> ratios = rows.stream().map(x -> x[0]).toList();
        double[] median = rows.stream().sorted(Comparator.comparingDouble(x -> x[0])).toList().get(rows.size() / 2);
        return new Figure(name, median[1], median[2], median[0], ratios, median[3] < 0 ? null : median[3],
                median[4] < 0 ? null : median[4], note);
    }

    private static Figure secondsFigure(String name, List<Run> runs, String note) {
        List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList();
        Run median = sorted.get(sorted.size() / 2);
        return new Figure(name, median.seconds(), null, null, runs.stream().map(Run::seconds).toList(), median.peakRssMb(), null,
                note);
    }

    private Run studio(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("studio").toString());
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** Runs a process in the studio's folder, output kept (only the end is shown on failure). */
    private Run run(List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "out", ".txt");
        long from = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Path proc = Path.of("/proc", Long.toString(p.pid()));
        Double peak = null;
        Double cpu = null;
        while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
            Double now = highWaterMb(proc.resolve("status"));
            peak = now != null ? now : peak;
            Double used = cpuSeconds(proc.resolve("stat"));
            cpu = used != null ? used : cpu;
        }
        double seconds = (System.nanoTime() - from) / 1e9;
        String output = Files.readString(log);
        Files.delete(log);
        return new Run(seconds, p.exitValue(), peak, cpu, output.length() > 400 ? output.substring(output.length() - 400) : output);
    }

    /** VmHWM: the most memory the process ever had resident; it only grows, so the last read is the peak so far. */
    private static Double highWaterMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited, or this is not Linux
        }
        return null;
    }

    /** utime + stime of every thread of the process so far, from /proc/PID/stat (in clock ticks of 1/100 s). */
    private static Double cpuSeconds(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** N contacts with the four fields a user gives; the lifecycle adds id, owner and the system fields. */
    public static Path writeContacts(Path file, int n) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("first_name", "First" + i);
            r.put("last_name", "Bench" + i);
            r.put("email", "person" + i + "@example.com");
            r.put("phone", String.format("+1415555%04d", i % 10_000));
            records.add(r);
        }
        Map<String, Object> op = Map.of("op", "create", "object", "contact", "records", records);
        Json.MAPPER.writeValue(file.toFile(), Map.of("user", "alice", "operations", List.of(op)));
        return file;
    }

    private static void deleteDb(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
