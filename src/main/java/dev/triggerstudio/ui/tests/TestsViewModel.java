package dev.triggerstudio.ui.tests;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.engine.coverage.Coverage;
import dev.triggerstudio.engine.coverage.ScriptCoverage;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Tests view's model: runs every {@code tests/*.json} of the project with the engine's own
 * {@link ProjectTests} and {@link Coverage} ({@code ./studio test --coverage}), in the background
 * with progress, then lists pass or fail per test and the coverage per trigger, and hands the
 * coverage to the editors ({@link CoverageMarks}).
 */
public final class TestsViewModel {

    /** One test's outcome: its problems are what {@code ./studio test} prints under it. */
    public record TestRow(String name, boolean passed, List<String> problems, double seconds) {
        public String firstProblem() {
            return problems.isEmpty() ? "" : problems.getFirst();
        }
    }

    private record Result(List<ProjectTests.Outcome> outcomes, List<ScriptCoverage> coverage, String error) {
    }

    private final Supplier<Project> project;
    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;
    private final CoverageMarks marks;
    private Supplier<List<String>> unsavedFiles = List::of;
    private final ObservableList<TestRow> tests = FXCollections.observableArrayList();
    private final ObservableList<ScriptCoverage> coverage = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("Run all tests to see which pass and which lines they cover.");

    public TestsViewModel(Supplier<Project> project, ScriptRuntimes runtimes, TaskExecutor executor, CoverageMarks marks) {
        this.project = project;
        this.runtimes = runtimes;
        this.executor = executor;
        this.marks = marks;
    }

    /** Where the view model learns which open files have unsaved edits: the run uses the saved text. */
    public TestsViewModel unsavedFiles(Supplier<List<String>> files) {
        this.unsavedFiles = files;
        return this;
    }

    /** Runs every test of the project as last read from disk; ignored while a run is going on. */
    public void runAll() {
        Project p = project.get();
        if (running.get() || p == null) {
            status.set(p == null ? "No project is open." : status.get());
            return;
        }
        int total = p.testNames().size();
        running.set(true);
        progress.set(0);
        status.set("Running " + Plural.of(total, "test") + " …");
        executor.submit(() -> run(p, total), this::show);
    }

    private Result run(Project p, int total) {
        try {
            Coverage lines = new Coverage(p);
            AtomicInteger done = new AtomicInteger();
            TraceListener counter = new TraceListener() {
                @Override
                public void batchFinished() {
                    int n = done.incrementAndGet();
                    executor.onUi(() -> tick(n, total));
                }
            };
            List<ProjectTests.Outcome> outcomes = new ProjectTests(p, runtimes).runAll(name -> true,
                    TraceListener.both(counter, lines));
            return new Result(outcomes, lines.scripts(), null);
        } catch (RuntimeException e) {
            return new Result(List.of(), List.of(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void tick(int done, int total) {
        if (running.get()) {
            progress.set(total == 0 ? 1 : Math.min(1.0, done / (double) total));
            status.set("Running tests: " + done + " of " + total + " …");
        }
    }

    private void show(Result r) {
        running.set(false);
        progress.set(1);
        if (r.error() != null) {
            status.set("The tests could not run: " + r.error());
            return;
        }
        tests.setAll(r.outcomes().stream().map(o -> new TestRow(o.name(), o.passed(), o.problems(), o.seconds())).toList());
        coverage.setAll(r.coverage());
        marks.publish(r.coverage());
        List<String> unsaved = unsavedFiles.get();
        status.set(summary(r) + (unsaved.isEmpty() ? "" : " · not in this run, unsaved: " + String.join(", ", unsaved)
                + " (save, then run again)"));
    }

    /** "5 passed, 1 failed · 42 of 50 lines covered (84%)": the command line's last line, then coverage. */
    static String summary(Result r) {
        long failed = r.outcomes().stream().filter(o -> !o.passed()).count();
        int lines = r.coverage().stream().mapToInt(ScriptCoverage::executable).sum();
        int covered = r.coverage().stream().mapToInt(ScriptCoverage::covered).sum();
        return (r.outcomes().size() - failed) + " passed, " + failed + " failed · " + covered + " of "
                + Plural.of(lines, "line") + " covered" + (lines == 0 ? "" : " (" + percent(100.0 * covered / lines) + ")");
    }

    /** A coverage share as the view shows it: whole percent, rounded down so that 99.6% never reads 100%. */
    public static String percent(double value) {
        return (int) Math.floor(value) + "%";
    }

    /** The first executable line no test ran, or 1: where opening a trigger from the coverage list lands. */
    public static int firstUncovered(ScriptCoverage c) {
        return c.hits().entrySet().stream().filter(e -> e.getValue() == 0).map(java.util.Map.Entry::getKey).findFirst()
                .orElse(1);
    }

    public ObservableList<TestRow> tests() {
        return tests;
    }

    public ObservableList<ScriptCoverage> coverage() {
        return coverage;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
