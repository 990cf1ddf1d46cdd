package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.ProjectStore;
import dev.triggerstudio.engine.cascade.CascadeAnalyzer;
import dev.triggerstudio.engine.cascade.CascadeGraph;
import dev.triggerstudio.engine.golden.GoldenTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Insight perspective's view model: analyses the project in the background (the cascade graph
 * and its layout, and a copy of the simulator's store for the Run When lens), records and compares
 * golden traces, and makes the view models of the limits chart and the lens. An analysis of an
 * older project arriving late is dropped; the lens's store copy is closed when a newer one replaces
 * it or the perspective closes.
 */
public final class InsightViewModel implements AutoCloseable {
    /** What the views need that is slow to work out for a large project; error is null when it worked. */
    public record Analysis(CascadeGraph graph, CascadeLayout layout, ProjectStore store, String error) {
        void close() {
            if (store != null) {
                store.close();
            }
        }
    }

    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(false);
    private ProjectStore lensStore;
    private long generation;
    private boolean closed;

    public InsightViewModel(ScriptRuntimes runtimes, TaskExecutor executor) {
        this.runtimes = runtimes;
        this.executor = executor;
    }

    /** True while the project's analysis runs in the background. */
    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    /** Analyses {@code p} on the executor, then hands the analysis to {@code show} unless a newer one overtook it. */
    public void analyse(Project p, Consumer<Analysis> show) {
        long mine = ++generation;
        analysing.set(true);
        executor.submit(() -> analysisOf(p), a -> {
            if (mine != generation || closed) {
                a.close(); // a newer load (or closing) overtook it
                return;
            }
            analysing.set(false);
            show.accept(a);
        });
    }

    static Analysis analysisOf(Project p) {
        try {
            CascadeGraph g = CascadeAnalyzer.analyze(p);
            return new Analysis(g, CascadeLayout.of(g), ProjectStore.copyOf(p, simulatorStore(p)), null);
        } catch (RuntimeException e) {
            String m = e.getMessage();
            return new Analysis(null, null, null, m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(""));
        }
    }

    /** The simulator's store file of a project on disk, or null. */
    static Path simulatorStore(Project p) {
        return p.root() == null ? null : ProjectStore.fileOf(p.root());
    }

    public LimitsViewModel limits(Project p) {
        return new LimitsViewModel(p, runtimes, executor);
    }

    /** The lens over the analysis's store copy; the copy it replaces is closed. */
    public RunWhenLensViewModel lens(Project p, Analysis a) {
        closeLensStore();
        lensStore = a.store();
        return new RunWhenLensViewModel(p, lensStore, runtimes, executor);
    }

    public boolean hasGolden(Project p, String test) {
        Path f = GoldenTests.file(p, test);
        return f != null && Files.isRegularFile(f);
    }

    /** Records a test's golden trace in the background; {@code then} gets what to tell the user. */
    public void record(Project p, String test, Consumer<String> then) {
        executor.submit(() -> GoldenRecorder.record(p, test, runtimes), then);
    }

    /** Runs a test again in the background; {@code then} gets its diff with the golden trace, or why not. */
    public void compare(Project p, String test, Consumer<Object> then) {
        executor.submit(() -> diff(p, test), then);
    }

    private Object diff(Project p, String test) {
        try {
            return TraceDiffViewModel.ofTest(p, test, runtimes);
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private void closeLensStore() {
        if (lensStore != null) {
            lensStore.close();
            lensStore = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        closeLensStore();
    }
}
