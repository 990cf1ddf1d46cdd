package dev.triggerstudio.ui.problems;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Problems panel: what {@code ./studio check} would say — the project's own diagnostics plus
 * every trigger script checked by its language — with live results for scripts open in editors.
 */
public final class ProblemsViewModel {
    private final TaskExecutor executor;
    private final ScriptRuntimes runtimes;
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No problems");
    private final Map<String, List<Diagnostic>> live = new TreeMap<>();
    private final AtomicLong generation = new AtomicLong();
    private List<Diagnostic> checked = List.of();

    public ProblemsViewModel(TaskExecutor executor, ScriptRuntimes runtimes) {
        this.executor = executor;
        this.runtimes = runtimes;
    }

    /**
     * Checks the project on disk in the background; {@code onLoaded} receives the fresh load result
     * as soon as the files are read, before the (slower) check of every script, so that the
     * explorer of a large project fills without waiting for its checkers.
     */
    public void refresh(Path root, Consumer<ProjectLoader.Result> onLoaded) {
        long gen = generation.incrementAndGet();
        executor.submit(() -> ProjectLoader.check(root), loaded -> {
            if (gen != generation.get()) {
                return;
            }
            onLoaded.accept(loaded);
            executor.submit(() -> checkScripts(loaded), all -> {
                if (gen == generation.get()) {
                    checked = all;
                    publish();
                }
            });
        });
    }

    private List<Diagnostic> checkScripts(ProjectLoader.Result r) {
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        Project p = r.project();
        if (p != null) {
            for (TriggerDef t : p.triggers().values()) {
                if (t.language() != null && t.id() != null && p.scripts().containsKey(t.id())) {
                    runtimes.get(t.language()).ifPresent(rt -> all.addAll(safeCheck(rt, t, p)));
                }
            }
        }
        return all;
    }

    private static List<Diagnostic> safeCheck(dev.triggerstudio.lang.ScriptRuntime rt, TriggerDef t, Project p) {
        try {
            return rt.check(new ScriptSource(t.scriptPath(), p.script(t.id()), t), new CheckContext(p));
        } catch (RuntimeException e) {
            return List.of(Diagnostic.error(t.scriptPath(), 1, 1, "the checker failed: " + e));
        }
    }

    /** Live diagnostics of a script open in an editor replace those found on disk for that file. */
    public void setLive(String path, List<Diagnostic> diagnostics) {
        live.put(path, List.copyOf(diagnostics));
        publish();
    }

    public void clearLive(String path) {
        live.remove(path);
        publish();
    }

    private void publish() {
        Set<String> livePaths = live.keySet();
        List<Diagnostic> all = new ArrayList<>();
        checked.stream().filter(d -> !livePaths.contains(d.path())).forEach(all::add);
        live.values().forEach(all::addAll);
        all.sort(Comparator.comparing((Diagnostic d) -> d.isError() ? 0 : 1).thenComparing(Diagnostic::path)
                .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        problems.setAll(all);
        long errors = all.stream().filter(Diagnostic::isError).count();
        long warnings = all.size() - errors;
        summary.set(all.isEmpty() ? "No problems" : errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
    }

    public ObservableList<Diagnostic> problems() {
        return problems;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
