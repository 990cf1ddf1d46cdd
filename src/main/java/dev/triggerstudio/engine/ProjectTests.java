package dev.triggerstudio.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.engine.golden.GoldenTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.LoadedFile;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TestSpec;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.golden.GoldenTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code tests/*.json}: each on a fresh store seeded from data/, then checks its expectations. */
public final class ProjectTests {

    /** @param seconds how long the test took (for JUnit reports) */
    public record Outcome(String name, boolean passed, List<String> problems, double seconds) {
        public Outcome(String name, boolean passed, List<String> problems) {
            this(name, passed, problems, 0);
        }
    }

    private final Project project;
    private final ScriptRuntimes runtimes;
    private boolean recording;

    public ProjectTests(Project project, ScriptRuntimes runtimes) {
        this.project = project;
        this.runtimes = runtimes;
    }

    /** With recording on, each run writes its golden trace, tests/<name>.trace.json, instead of comparing. */
    public ProjectTests recording(boolean on) {
        this.recording = on;
        return this;
    }

    /** Every test file in order; a broken one is a failed test whose problems are its file's errors. */
    public List<Outcome> runAll() {
        return runAll(name -> true, TraceListener.NONE);
    }

    /**
     * The tests whose name passes include, in order, each run also reporting to listener (the
     * coverage collector of {@code test --coverage}).
     */
    public List<Outcome> runAll(java.util.function.Predicate<String> include, TraceListener listener) {
        List<Outcome> out = new ArrayList<>();
        for (String name : project.testNames()) {
            if (!include.test(name)) {
                continue;
            }
            long t0 = System.nanoTime();
            LoadedFile<TestSpec> file = project.test(name);
            Outcome o = file.broken() ? broken(name, file) : run(name, file.value(), listener);
            out.add(new Outcome(o.name(), o.passed(), o.problems(), (System.nanoTime() - t0) / 1e9));
        }
        return out;
    }

    private static Outcome broken(String name, LoadedFile<TestSpec> file) {
        List<String> problems = file.errors().stream().map(Diagnostic::toString).toList();
        return new Outcome(name, false, problems.isEmpty() ? List.of(file.path() + ":1:1: error: the test could not be read")
                : problems);
    }

    public Outcome run(String name, TestSpec spec, TraceListener listener) {
        List<String> problems = new ArrayList<>();
        try (Store store = Simulator.openStore(project, null, false);
             Simulator sim = new Simulator(project, store, runtimes)) {
            boolean golden = GoldenTests.wanted(project, name, recording);
            BatchResult result = sim.run(batchOf(spec), null, golden ? GoldenTests.withRecords(listener) : listener);
            checkOperations(spec, result, problems);
            checkQueries(spec, store, problems);
            if (golden) {
                problems.addAll(GoldenTests.check(project, name, result, recording));
            }
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        }
        return new Outcome(name, problems.isEmpty(), problems);
    }

    /**
     * The normalised trace of a new run of one test, records included: what its golden file holds
     * once recorded, to compare with that file side by side (the IDE's golden trace diff).
     */
    public JsonNode traceOf(String name) {
        TestSpec spec = project.tests().get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no test \"" + name + "\"; expected one of " + project.tests().keySet());
        }
        try (Store store = Simulator.openStore(project, null, false);
             Simulator sim = new Simulator(project, store, runtimes)) {
            BatchResult r = sim.run(batchOf(spec), null, GoldenTests.withRecords(TraceListener.NONE));
            return GoldenTrace.of(r.operations(), r.asyncJobs());
        }
    }

    private Batch batchOf(TestSpec spec) {
        if (spec.operations() != null) {
            return new Batch(spec.user(), spec.operations());
        }
        String n = spec.batch().replaceFirst("^batches/", "").replaceFirst("\\.json$", "");
        Batch b = project.batch(n).orThrow();
        return spec.user() != null ? new Batch(spec.user(), b.operations()) : b;
    }

    private static void checkOperations(TestSpec spec, BatchResult result, List<String> problems) {
        if (spec.expect() == null) {
            return;
        }
        List<TestSpec.OperationExpect> expected = spec.expect().operations();
        for (int i = 0; i < expected.size(); i++) {
            if (i >= result.operations().size()) {
                problems.add("operation " + i + ": expected " + expected.get(i).status() + " but the batch has only "
                        + result.operations().size() + " operations");
                continue;
            }
            OperationTrace op = result.operations().get(i);
            TestSpec.OperationExpect e = expected.get(i);
            if (e.status() != null && !e.status().equals(op.status())) {
                problems.add("operation " + i + " (" + op.op() + " " + op.object() + "): expected " + e.status() + ", got "
                        + op.status() + (op.error() == null ? "" : " (" + op.error().message() + ")"));
            }
            String message = op.error() == null ? "" : op.error().message();
            if (e.messageContains() != null && !message.contains(e.messageContains())) {
                problems.add("operation " + i + ": expected a message containing \"" + e.messageContains() + "\", got \""
                        + message + "\"");
            }
        }
    }

    private static void checkQueries(TestSpec spec, Store store, List<String> problems) {
        if (spec.expect() == null) {
            return;
        }
        for (TestSpec.QueryExpect q : spec.expect().queries()) {
            List<Map<String, Object>> rows = store.query(q.sql());
            if (!sameRows(rows, q.rows())) {
                problems.add("query \"" + q.sql() + "\": expected " + q.rows() + ", got " + rows);
            }
        }
    }

    private static boolean sameRows(List<Map<String, Object>> actual, List<Map<String, Object>> expected) {
        if (expected == null) {
            return true;
        }
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            Map<String, Object> a = actual.get(i);
            for (Map.Entry<String, Object> e : expected.get(i).entrySet()) {
                if (!Values.same(a.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }
}
