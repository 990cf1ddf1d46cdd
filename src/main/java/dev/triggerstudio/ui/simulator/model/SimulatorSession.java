package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Simulator perspective's view model, the one object its views talk to. It touches no control;
 * views listen to its events. Each concern is its own part: the batches and the acting user
 * ({@link BatchChoice}), runs and cancel ({@link RunControl}), the trace on show with its cursor and
 * files ({@link RecordedTrace}), and the store ({@link StoreFiles}). Work goes through the
 * {@link TaskExecutor}; runs use the runtimes the session is given. See docs/architecture.md,
 * "UI conventions".
 */
public final class SimulatorSession {
    public enum Event { PROJECT, BATCH, RUN_STATE, PROGRESS, TRACE, CURSOR, STORE, STATUS }

    public enum RunState { IDLE, RUNNING, CANCELLING }

    private final Path root;
    private final TaskExecutor executor;
    private final SessionEvents events = new SessionEvents();
    private final BatchChoice batches;
    private final StoreFiles store;
    private final RecordedTrace trace;
    private final RunControl runs;

    public SimulatorSession(Path root, ScriptRuntimes runtimes, TaskExecutor executor) {
        this.root = root.toAbsolutePath().normalize();
        this.executor = executor;
        this.batches = new BatchChoice(this.root, events);
        this.store = new StoreFiles(this.root);
        this.trace = new RecordedTrace(events, executor);
        this.runs = new RunControl(this.root, events, executor, runtimes, batches, store, trace);
        trace.onFailure(runs::failed);
    }

    public void addListener(Consumer<Event> listener) {
        events.add(listener);
    }

    // ---- project and batch ------------------------------------------------------------

    /** (Re)loads the project from disk; keeps the batch being edited when it still exists. */
    public void reload() {
        batches.loaded(ProjectLoader.check(root), true);
    }

    /** As {@link #reload}, the files read on the executor's thread: opening a large project must not freeze the window. */
    public void reloadInBackground() {
        events.status("Loading " + root.getFileName() + " …");
        executor.submit(() -> ProjectLoader.check(root), r -> batches.loaded(r, true),
                e -> events.status("cannot load " + root + ": " + e.getMessage()));
    }

    /**
     * The project as just read again by the IDE (a file changed on disk, or was saved): the batch
     * list follows the folder without a restart, and a batch with unsaved edits keeps them.
     */
    public void apply(ProjectLoader.Result r) {
        batches.loaded(r, batches.project() == null);
    }

    public Path root() {
        return root;
    }

    public Project project() {
        return batches.project();
    }

    public List<Diagnostic> problems() {
        return batches.problems();
    }

    public Path storeFile() {
        return store.storeFile();
    }

    /** The batches that can be chosen and run, sorted. */
    public List<String> batchNames() {
        return batches.batchNames();
    }

    /** Every file of batches/, valid or broken (with its error), sorted. */
    public List<BatchEntry> batches() {
        return batches.entries();
    }

    /** The errors in files every run needs (objects, triggers, users.json…); empty when runs can start. */
    public List<Diagnostic> blockingProblems() {
        return batches.blocking();
    }

    /** Chooses a batch to edit and run; a broken one cannot be chosen (open its file to fix it). */
    public void selectBatch(String name) {
        batches.select(name);
    }

    /** Starts a new, empty batch; it is written to {@code batches/<name>.json} on save. */
    public boolean newBatch(String name) {
        return batches.create(name);
    }

    public BatchEditorModel batch() {
        return batches.batch();
    }

    /** Saves the batch being edited; refuses one that does not validate. */
    public boolean saveBatch() {
        return batches.save();
    }

    /** User ids of the project, for the acting-user picker. */
    public List<String> userIds() {
        return batches.userIds();
    }

    /** The acting user (like {@code --user}); null runs as the batch says. */
    public String user() {
        return batches.user();
    }

    public void user(String id) {
        batches.user(id);
    }

    // ---- runs -------------------------------------------------------------------------

    public RunState runState() {
        return runs.state();
    }

    public double progress() {
        return runs.progress();
    }

    public String status() {
        return events.status();
    }

    /**
     * Replays the batch being edited (F5). The project is first re-read on the executor's thread
     * (a large one takes seconds); the run state is RUNNING from this call on. False when it cannot
     * start and that is known by the time this returns (then status says why); a refusal found
     * later, once the project is re-read, is reported in the status as well.
     */
    public boolean run() {
        return runs.run();
    }

    /** Asks the run to stop before its next operation; the rest are recorded as cancelled. */
    public void cancel() {
        runs.cancel();
    }

    /** Re-seeds the store from {@code data/}: every record of earlier runs goes. */
    public void resetStore() {
        runs.resetStore();
    }

    // ---- store reads (read-only) ------------------------------------------------------

    /** Reads the rows of an object, then hands them to the UI thread. */
    public void readRows(String object, Consumer<List<Map<String, Object>>> then) {
        Project p = project();
        if (p == null || p.objects().get(object) == null) {
            then.accept(List.of());
            return;
        }
        executor.submit(() -> store.rows(p, object), then, runs::failed);
    }

    /** Reads the outbox: notifications, workflow and function calls, integration calls. */
    public void readOutbox(Consumer<List<Map<String, Object>>> then) {
        Project p = project();
        if (p == null) {
            then.accept(List.of());
            return;
        }
        executor.submit(() -> store.outbox(p), then, runs::failed);
    }

    // ---- trace and cursor -------------------------------------------------------------

    public BatchTrace trace() {
        return trace.trace();
    }

    /** The engine's own trace of the last run from the IDE, or null (none yet, or a trace opened from a file). */
    public RunOutcome lastRun() {
        return trace.lastRun();
    }

    public StepCursor cursor() {
        return trace.cursor();
    }

    /** Whether the store is as this trace left it (a live run), so "as of a step" views hold. */
    public boolean traceMatchesStore() {
        return trace.matchesStore();
    }

    public void stepForward() {
        trace.stepForward();
    }

    public void stepBack() {
        trace.stepBack();
    }

    public void select(TraceNode step) {
        trace.select(step);
    }

    public void selectOrder(int order) {
        trace.selectOrder(order);
    }

    /** Saves the last run's trace as {@code --trace} JSON. */
    public void saveTrace(Path file) {
        trace.save(file);
    }

    /** Opens a saved trace (from the IDE or {@code ./studio simulate --trace}). */
    public void openTrace(Path file) {
        trace.open(file);
    }
}
