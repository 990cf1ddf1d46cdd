package dev.triggerstudio.cli.bench;

import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scenarios of {@code ./studio bench}. Every lifecycle figure is divided by a raw JDBC baseline
 * measured in the same process, because these machines are shared and noisy.
 */
public final class Bench {
    /** One measured scenario; ratio is null for baselines and for millisecond figures. */
    public record Scenario(String name, int records, double seconds, double recordsPerS, Double ratio, double peakHeapMb,
                           String note) {
    }

    private static final int CHUNK = 200;
    private static final int REPEATS = 3;
    private static final int RUN = 10_000;
    private final int records;
    private final ScriptRuntimes runtimes;
    private final Path dir;
    private final Consumer<String> progress;
    private final List<Scenario> results = new ArrayList<>();
    /** The ids the lifecycle gives a fresh store's records, in the order it stores them. */
    private List<String> ids = List.of();

    public Bench(int records, ScriptRuntimes runtimes, Path dir, Consumer<String> progress) {
        this.records = records;
        this.runtimes = runtimes;
        this.dir = dir;
        this.progress = progress;
    }

    public List<Scenario> run() throws IOException {
        ids = lifecycleIds(); // also the lifecycle's first warm-up
        warmUpRaw();
        results.add(median(List.of(rawInsertOnce("raw_insert"), rawInsertOnce("raw_insert"), rawInsertOnce("raw_insert")),
                Scenario::recordsPerS));
        lifecycle("create_no_triggers", List.of(), false, null);
        for (Language l : List.of(Language.LUA, Language.STANZA, Language.PYTHON)) {
            if (runtimes.get(l).isPresent()) {
                lifecycle("create_" + l.jsonName(), List.of(l), false, null);
            } else {
                skipped("create_" + l.jsonName(), "no " + l.jsonName() + " runtime installed");
            }
        }
        List<Language> all = List.of(Language.LUA, Language.STANZA, Language.PYTHON).stream()
                .filter(l -> runtimes.get(l).isPresent()).toList();
        for (Language l : all) {
            // the same run writing its trace with and without --lines: the recording's own cost
            lifecycle("create_" + l.jsonName() + "_trace", List.of(l), false, null, false);
            lifecycle("create_" + l.jsonName() + "_lines", List.of(l), false, null, true);
        }
        lifecycle("create_all", all, true, all.contains(Language.PYTHON) ? Language.PYTHON : all.isEmpty() ? null : all.getFirst());
        updates();
        return results;
    }

    /**
     * The baselines write the same rows as the lifecycle, ids included. The ids are random UUIDs
     * (as the platform's), which cost SQLite's primary-key index far more than sequential keys:
     * a baseline with its own sequential ids would be measuring a cheaper table, not the same rows.
     * Every scenario's project has the same seed, so a fresh store always hands out these ids.
     */
    private List<String> lifecycleIds() throws IOException {
        Store store = freshStore("ids");
        try (Simulator sim = new Simulator(BenchProject.project(List.of(), false, null), store, runtimes)) {
            create(sim, 0, records);
            return store.query("select id from item order by rowid").stream().map(r -> (String) r.get("id")).toList();
        } finally {
            store.close();
        }
    }

    /** The raw insert runs through the JIT too before it is a baseline. */
    private void warmUpRaw() throws IOException {
        for (int i = 0; i < 2; i++) {
            Store s = freshStore("raw");
            try {
                rawInsert(s, records);
            } finally {
                s.close();
            }
        }
    }

    private Scenario rawInsertOnce(String name) throws IOException {
        Store rawStore = freshStore("raw");
        try {
            return measure(name, null, () -> rawInsert(rawStore, records));
        } finally {
            rawStore.close();
        }
    }

    /**
     * Each lifecycle figure is taken {@value #REPEATS} times, each right after its own raw
     * baseline: on a shared machine the load drifts, so a ratio only means something between
     * neighbours. The run with the median ratio is reported.
     */
    private void lifecycle(String name, List<Language> before, boolean automation, Language async) throws IOException {
        lifecycle(name, before, automation, async, null);
    }

    /** @param lines null: no trace; false: the full trace (--trace); true: the trace with --lines */
    private void lifecycle(String name, List<Language> before, boolean automation, Language async, Boolean lines)
            throws IOException {
        Project p = BenchProject.project(before, automation, async);
        // until the JIT has settled: Python's interpreter takes ~150 chunks. A trace pair warms up
        // writing its own trace: with --lines, GraalPy's line-event paths settle only after a run or
        // two, and measuring those first runs measured the JIT, not the recording (docs/performance.md)
        warmUp(p, 2 * records, lines == null ? TraceListener.NONE : new DiscardedTrace(lines));
        List<Scenario> runs = new ArrayList<>();
        List<Double> pythonChunkMs = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            double baseline = rawInsertOnce(null).recordsPerS();
            Store store = freshStore(name);
            TriggerTimer python = new TriggerTimer("trigger:before_python");
            try (Simulator sim = new Simulator(p, store, runtimes)) {
                TraceListener listener = lines == null ? python : TraceListener.both(python, new DiscardedTrace(lines));
                runs.add(measure(name, baseline, () -> create(sim, 0, records, listener)));
            } finally {
                store.close();
            }
            pythonChunkMs.add(python.meanMs());
        }
        Scenario s = median(runs, Scenario::ratio);
        results.add(s);
        if (name.equals("create_python")) {
            pythonChunkMs.sort(null);
            addMs("python_warm_chunk", pythonChunkMs.get(pythonChunkMs.size() / 2));
        }
    }

    /** The JSON trace of every batch, written in full and thrown away: what --trace [--lines] costs. */
    static final class DiscardedTrace implements TraceListener {
        private final boolean lines;
        private dev.triggerstudio.trace.TraceJsonWriter writer;

        DiscardedTrace(boolean lines) {
            this.lines = lines;
            this.writer = fresh();
        }

        private dev.triggerstudio.trace.TraceJsonWriter fresh() {
            return new dev.triggerstudio.trace.TraceJsonWriter(java.io.OutputStream.nullOutputStream(), true, lines);
        }

        @Override
        public boolean wantsRecords() {
            return true;
        }

        @Override
        public boolean wantsLines() {
            return lines;
        }

        @Override
        public void operationFinished(OperationTrace operation) {
            writer.operationFinished(operation);
        }

        @Override
        public void batchFinished() {
            writer.close();
            writer = fresh();
        }
    }

    /** Times one trigger's runs from the trace: a warm Python chunk is its run on one operation of 200 records. */
    private static final class TriggerTimer implements TraceListener {
        private final String source;
        private long totalUs;
        private int runs;

        TriggerTimer(String source) {
            this.source = source;
        }

        @Override
        public void stepFinished(OperationTrace operation, TraceNode node) {
            if (node.stepName() == StepName.TRIGGER && source.equals(node.source())) {
                totalUs += node.durationUs();
                runs++;
            }
        }

        double meanMs() {
            return runs == 0 ? 0 : totalUs / 1000.0 / runs;
        }
    }

    private void updates() throws IOException {
        Store raw = freshStore("raw_update");
        try {
            rawInsert(raw, records);
            List<Scenario> rawRuns = new ArrayList<>();
            updateScenario("update_no_triggers", List.of(), raw, rawRuns);
            results.add(results.size() - 1, median(rawRuns, Scenario::recordsPerS));
            if (runtimes.get(Language.PYTHON).isPresent()) {
                updateScenario("update_python", List.of(Language.PYTHON), raw, new ArrayList<>());
            } else {
                skipped("update_python", "no python runtime installed");
            }
        } finally {
            raw.close();
        }
    }

    /** Updates every record {@value #REPEATS} times, each time to a new qty, next to a raw update of the same rows. */
    private void updateScenario(String name, List<Language> before, Store raw, List<Scenario> rawRuns) throws IOException {
        Project p = BenchProject.project(before, false, null);
        Store store = freshStore(name);
        try (Simulator sim = new Simulator(p, store, runtimes)) {
            create(sim, 0, records);
            List<String> byId = store.query("select id from item order by id").stream().map(r -> (String) r.get("id")).toList();
            update(sim, byId, 7); // warm-up: every record once
            update(sim, byId, 8);
            List<Scenario> runs = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                long qty = 9 + i;
                Scenario base = measure("raw_update", null, () -> rawUpdate(raw, byId, qty));
                rawRuns.add(base);
                runs.add(measure(name, base.recordsPerS(), () -> update(sim, byId, qty)));
            }
            results.add(median(runs, Scenario::ratio));
        } finally {
            store.close();
        }
    }

    private static Scenario median(List<Scenario> runs, java.util.function.ToDoubleFunction<Scenario> by) {
        List<Scenario> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(by));
        return sorted.get(sorted.size() / 2);
    }

    /** Compiles the scripts and runs the JIT over the lifecycle before anything is timed. */
    private void warmUp(Project p, int upTo, TraceListener listener) throws IOException {
        boolean python = p.triggers().values().stream().anyMatch(t -> t.language() == Language.PYTHON);
        boolean cold = python && results.stream().noneMatch(r -> r.name().equals("python_cold_start"));
        Store store = freshStore("warmup");
        try (Simulator sim = new Simulator(p, store, runtimes)) {
            long t0 = System.nanoTime();
            create(sim, 0, CHUNK, listener);
            if (cold) {
                addMs("python_cold_start", (System.nanoTime() - t0) / 1e6);
            }
            create(sim, CHUNK, Math.max(CHUNK, upTo), listener);
        } finally {
            store.close();
        }
    }

    /**
     * Runs the creates from..to as batches of at most {@value #RUN} records: a batch's result
     * holds every record it returned, and the bench must fit 100 000 records in a 512 MB heap.
     */
    private static void create(Simulator sim, int from, int to) {
        create(sim, from, to, TraceListener.NONE);
    }

    private static void create(Simulator sim, int from, int to, TraceListener listener) {
        for (int i = from; i < to; i += RUN) {
            sim.run(creates(i, Math.min(to, i + RUN)), null, listener);
        }
    }

    private static void update(Simulator sim, List<String> byId, long qty) {
        for (int i = 0; i < byId.size(); i += RUN) {
            sim.run(updates(byId.subList(i, Math.min(byId.size(), i + RUN)), qty), null, TraceListener.NONE);
        }
    }

    private static Batch creates(int from, int to) {
        List<Operation> ops = new ArrayList<>();
        for (int i = from; i < to; i += CHUNK) {
            ops.add(new Operation(Operation.Kind.CREATE, "item", BenchProject.rows(i, Math.min(to, i + CHUNK)), null, null, null));
        }
        return new Batch("bench", ops);
    }

    private static Batch updates(List<String> ids, long qty) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Map<String, Object>> recs = new ArrayList<>();
            for (String id : ids.subList(i, Math.min(ids.size(), i + CHUNK))) {
                recs.add(Map.of("id", id, "qty", qty));
            }
            ops.add(new Operation(Operation.Kind.UPDATE, "item", recs, null, null, null));
        }
        return new Batch("bench", ops);
    }

    private Scenario measure(String name, Double baseline, Runnable work) {
        progress.accept(name == null ? "raw baseline" : name);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum() / 1048576.0;
        double rate = records / seconds;
        return new Scenario(name == null ? "baseline" : name, records, seconds, rate,
                baseline == null ? null : rate / baseline, peak, null);
    }

    private void addMs(String name, double ms) {
        results.add(new Scenario(name, 0, ms / 1000.0, 0, null, 0, String.format("%.1f ms", ms)));
    }

    private void skipped(String name, String why) {
        results.add(new Scenario(name, 0, 0, 0, null, 0, "skipped: " + why));
    }

    private Store freshStore(String name) throws IOException {
        Path file = dir.resolve(name + ".db");
        Files.deleteIfExists(file);
        Store store = Store.open(file);
        Project p = BenchProject.project(List.of(), false, null);
        store.createSchema(p.objects().values());
        store.seed(p.data());
        return store;
    }

    /** The baseline: the same rows with a prepared-statement batch insert, committing every 200. */
    private void rawInsert(Store store, int n) {
        Connection c = store.connection();
        String sql = "INSERT INTO item (id, name, code, amount, qty, status, phone, account, due, note, total, created_date,"
                + " created_by, modified_date, modified_by, owner) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> r = BenchProject.row(i);
                int k = 1;
                ps.setString(k++, ids.get(i));
                for (String f : List.of("name", "code", "amount", "qty", "status", "phone", "account", "due", "note")) {
                    ps.setObject(k++, r.get(f));
                }
                ps.setObject(k++, null);
                for (String v : List.of("2026-01-01T00:00:00Z", "bench", "2026-01-01T00:00:00Z", "bench", "bench")) {
                    ps.setString(k++, v);
                }
                ps.addBatch();
                if ((i + 1) % CHUNK == 0 || i == n - 1) {
                    ps.executeBatch();
                    c.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same rows as the lifecycle's update, in the same order. */
    private void rawUpdate(Store store, List<String> byId, long qty) {
        Connection c = store.connection();
        try (PreparedStatement ps = c.prepareStatement("UPDATE item SET qty = ?, modified_date = ?, modified_by = ? WHERE id = ?")) {
            for (int i = 0; i < records; i++) {
                ps.setLong(1, qty);
                ps.setString(2, "2026-01-01T00:00:01Z");
                ps.setString(3, "bench");
                ps.setString(4, byId.get(i));
                ps.addBatch();
                if ((i + 1) % CHUNK == 0 || i == records - 1) {
                    requireEveryRowUpdated(ps.executeBatch());
                    c.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A baseline that missed its rows would be measuring nothing. */
    private static void requireEveryRowUpdated(int[] counts) {
        for (int n : counts) {
            if (n != 1) {
                throw new IllegalStateException("the raw update missed a row: the lifecycle's store holds other ids");
            }
        }
    }
}
