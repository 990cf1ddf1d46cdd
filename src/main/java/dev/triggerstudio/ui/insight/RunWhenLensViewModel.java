package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.ProjectStore;
import dev.triggerstudio.engine.RunWhenLens;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Run When lens: how many of the store's records a Run When matches now, and which; for a
 * Before-read trigger, what a chosen user would get back. Reads run in the background (a match
 * reads every record of the object); the view debounces edits before asking.
 */
public final class RunWhenLensViewModel {
    private final Project project;
    private final ProjectStore store;
    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;
    private final RunWhenLens lens;
    private final ObjectProperty<RunWhenLens.Match> match = new SimpleObjectProperty<>();
    private final ObjectProperty<RunWhenLens.ReadPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper counting = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private long generation;

    /** A lens over {@code store}; the caller closes the store. */
    public RunWhenLensViewModel(Project project, ProjectStore store, ScriptRuntimes runtimes, TaskExecutor executor) {
        this.project = project;
        this.store = store;
        this.runtimes = runtimes;
        this.executor = executor;
        this.lens = store.lens();
    }

    /**
     * A lens over a copy of the simulator's store, else the seed data, so that a run since is seen
     * without holding the simulator's file open; {@link #close} drops the copy.
     */
    public static RunWhenLensViewModel ofSimulatorStore(Project project, ScriptRuntimes runtimes, TaskExecutor executor) {
        return new RunWhenLensViewModel(project, ProjectStore.copyOf(project, InsightViewModel.simulatorStore(project)),
                runtimes, executor);
    }

    /** Closes the store the lens reads. */
    public void close() {
        store.close();
    }

    /** Counts the matches of a Run When on an object; an older answer arriving late is dropped. */
    public void match(String object, RunWhen runWhen) {
        long mine = ++generation;
        counting.set(true);
        executor.submit(() -> safely(() -> counted(object, runWhen)), r -> {
            if (mine == generation) {
                match.set(r instanceof RunWhenLens.Match m ? m : null);
                error.set(r instanceof String s ? s : "");
                counting.set(false);
            }
        });
    }

    /**
     * One count at a time: the lens reads one store connection, and a second pick made while a
     * count (or a Limits run) keeps the pool busy must queue behind it rather than share it.
     */
    private RunWhenLens.Match counted(String object, RunWhen runWhen) {
        synchronized (lens) {
            return lens.match(object, runWhen);
        }
    }

    /** True from a pick until its count (or its failure) arrives; the view says "Counting…" only then. */
    public javafx.beans.property.ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** What the user gets from a read of the object with its Before-read triggers (a list, or a read of the matches for skip_on_list ones). */
    public void preview(TriggerDef trigger, String userId) {
        boolean skipOnList = trigger.skipOnList();
        executor.submit(() -> safely(() -> skipOnList
                ? lens.previewRead(trigger.object(), userId, ids(trigger.object()), runtimes)
                : lens.preview(trigger.object(), userId, null, runtimes)), r -> {
            preview.set(r instanceof RunWhenLens.ReadPreview p ? p : null);
            error.set(r instanceof String s ? s : "");
        });
    }

    private List<String> ids(String object) {
        synchronized (lens) {
            return lens.match(object, null).ids();
        }
    }

    private static Object safely(java.util.function.Supplier<Object> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            // never null: a failure without a message must still end "Counting…" and say so
            return e.getMessage() == null || e.getMessage().isBlank()
                    ? "The lens could not count the records (" + e.getClass().getSimpleName() + "); pick the trigger again"
                    : e.getMessage();
        }
    }

    public static boolean isBeforeRead(TriggerDef t) {
        return t.events().contains(Event.READ) && "before".equals(t.timing().jsonName());
    }

    public List<String> users() {
        return project.users().users().stream().map(User::id).toList();
    }

    /** {@code 3 of 12 invoice records match} (with a note when the Run When needs an update to decide). */
    public static String summary(RunWhenLens.Match m) {
        return m.count() + " of " + m.total() + " " + m.object() + " records match"
                + (m.usesChanged() ? " (a 'changed' condition is decided only during an update)" : "");
    }

    /** One line per matching record: its name field when it has one, then its id. */
    public static List<String> rows(RunWhenLens.Match m, String nameField) {
        return m.records().stream().map(r -> nameOf(r, nameField) + r.get(SystemFields.ID)).toList();
    }

    private static String nameOf(Map<String, Object> r, String nameField) {
        Object n = nameField == null ? null : r.get(nameField);
        return n == null ? "" : n + "  ·  ";
    }

    public ObjectProperty<RunWhenLens.Match> matchProperty() {
        return match;
    }

    public ObjectProperty<RunWhenLens.ReadPreview> previewProperty() {
        return preview;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public Project project() {
        return project;
    }

    /** The store the lens reads, to close when the lens goes. */
    ProjectStore store() {
        return store;
    }
}
