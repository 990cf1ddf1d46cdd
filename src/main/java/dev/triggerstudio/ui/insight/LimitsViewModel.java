package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.ProjectStore;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.engine.scale.BatchScaler;
import dev.triggerstudio.engine.scale.LimitBreak;
import dev.triggerstudio.engine.scale.LimitKind;
import dev.triggerstudio.engine.scale.LimitsMeter;
import dev.triggerstudio.engine.scale.LimitsRun;
import dev.triggerstudio.engine.scale.LineSpend;
import dev.triggerstudio.engine.scale.TriggerUsage;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The limits chart's model: runs a batch at ×1, ×200 and ×2000 one scale after another in the
 * background (never on the FX thread), with progress and cancel, and turns each {@link LimitsRun}
 * into bars of per-trigger usage against the project's limits.
 */
public final class LimitsViewModel {
    /** The limits drawn, in the order of the bars. */
    public static final List<LimitKind> CHARTED = List.of(LimitKind.MAX_QUERIES, LimitKind.MAX_DML,
            LimitKind.STANZA_FUEL, LimitKind.TRIGGER_TIMEOUT_MS);

    /**
     * One bar: what a trigger used of one limit at its peak, and the script line that spent the most
     * of it over the run (null for an automation, or when nothing of it was spent).
     */
    public record Bar(String source, LimitKind limit, long used, long max, double share, LineSpend spentMost) {
        public boolean broken() {
            return share > 1.0;
        }
    }

    private final Project project;
    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;
    private final ObservableList<LimitsRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<LimitsRun> selected = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Simulator> current = new AtomicReference<>();

    public LimitsViewModel(Project project, ScriptRuntimes runtimes, TaskExecutor executor) {
        this.project = project;
        this.runtimes = runtimes;
        this.executor = executor;
    }

    public List<String> batchNames() {
        return List.copyOf(project.batches().keySet());
    }

    /** Runs the batch at every scale, one after the other; results arrive one by one in {@link #runs()}. */
    public void measure(String batchName, List<Integer> scales, String user) {
        Batch batch = project.batches().get(batchName);
        if (batch == null || running.get()) {
            status.set(batch == null ? "no batch \"" + batchName + "\"; choose one of " + batchNames() : status.get());
            return;
        }
        runs.clear();
        selected.set(null);
        cancelled.set(false);
        running.set(true);
        progress.set(0);
        next(batchName, batch, scales, 0, user);
    }

    private void next(String name, Batch batch, List<Integer> scales, int i, String user) {
        if (i == scales.size() || cancelled.get()) {
            finish(cancelled.get() ? "cancelled after " + i + " of " + scales.size() + " scales" : summary(name));
            return;
        }
        status.set("running " + name + " ×" + scales.get(i) + " …");
        executor.submit(() -> runScale(batch, scales.get(i), user, i, scales.size()), run -> {
            if (run != null && !cancelled.get()) {
                runs.add(run);
                selected.set(run);
            }
            progress.set((i + 1.0) / scales.size());
            next(name, batch, scales, i + 1, user);
        });
    }

    /** Stops the scale that is running before its next operation or chunk, and runs no more scales. */
    public void cancel() {
        cancelled.set(true);
        Simulator sim = current.get();
        if (sim != null) {
            sim.cancel();
        }
    }

    private LimitsRun runScale(Batch batch, int scale, String user, int index, int count) {
        Batch scaled = BatchScaler.scale(project, batch, scale);
        int ops = Math.max(1, scaled.operations().size());
        try (ProjectStore store = ProjectStore.seedData(project); Simulator sim = store.simulator(runtimes)) {
            current.set(sim);
            BatchResult r = sim.run(scaled, user, new TraceListener() {
                private int done;

                /** The line recording's per-line costs name the line that spent each limit (LineSpend). */
                @Override
                public boolean wantsLines() {
                    return true;
                }

                @Override
                public void operationStarted(OperationTrace operation) {
                    if (cancelled.get()) {
                        sim.cancel();
                    }
                }

                @Override
                public void operationFinished(OperationTrace operation) {
                    double p = (index + Math.min(1.0, ++done / (double) ops)) / count;
                    executor.onUi(() -> progress.set(p));
                }
            });
            return cancelled.get() ? null : LimitsMeter.read(project, scale, scaled, r);
        } finally {
            current.set(null);
        }
    }

    private void finish(String message) {
        running.set(false);
        status.set(message);
    }

    private String summary(String name) {
        LimitBreak first = runs.stream().map(LimitsRun::firstBreak).filter(b -> b != null).findFirst().orElse(null);
        return name + ": " + (first == null ? "no limit broken up to ×" + runs.getLast().scale() : breakText(first));
    }

    /** {@code trigger:x broke max_queries (100) at triggers/x.lua:4 in op #0 create invoice, chunk 1/10}. */
    public static String breakText(LimitBreak b) {
        return b.describe();
    }

    /** The bars of one run: per trigger, its peak against each charted limit. */
    public static List<Bar> bars(LimitsRun run) {
        List<Bar> out = new ArrayList<>();
        for (TriggerUsage u : run.triggers()) {
            for (LimitKind k : CHARTED) {
                long used = switch (k) {
                    case MAX_QUERIES -> u.peakQueries();
                    case MAX_DML -> u.peakDml();
                    case STANZA_FUEL -> u.peakInstructions();
                    default -> u.peakDurationUs() / 1000;
                };
                out.add(new Bar(u.source(), k, used, k.of(run.limits()), run.share(u, k),
                        run.spentMost(u.source(), k).orElse(null)));
            }
        }
        return out;
    }

    /** The (trigger, run) whose script line the chart points at, or null when nothing broke. */
    public LimitBreak firstBreak() {
        return runs.stream().map(LimitsRun::firstBreak).filter(b -> b != null).findFirst().orElse(null);
    }

    public ObservableList<LimitsRun> runs() {
        return runs;
    }

    public ObjectProperty<LimitsRun> selectedProperty() {
        return selected;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
