package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.User;
import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordingListener;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The Simulator perspective's view model: the project, the batch being edited, the acting user,
 * runs (on the {@link TaskExecutor}, cancellable), the recorded trace and the step cursor. It
 * touches no control; views listen to its events. The store lives in
 * {@code <project>/.studio/store.db}, so state carries across runs until Reset.
 */
public final class SimulatorSession {
    public enum Event { PROJECT, BATCH, RUN_STATE, PROGRESS, TRACE, CURSOR, STORE, STATUS }

    public enum RunState { IDLE, RUNNING, CANCELLING }

    private final Path root;
    private final TaskExecutor executor;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private Project project;
    private List<Diagnostic> problems = List.of();
    private List<Diagnostic> blocking = List.of();
    private List<BatchEntry> batchEntries = List.of();
    private BatchEditorModel batch;
    private Batch batchAsRead; // the chosen batch as last read or saved: a difference is the user's unsaved edit
    private String user;
    private RunState state = RunState.IDLE;
    private double progress;
    private BatchTrace trace = BatchTrace.EMPTY;
    private StepCursor cursor = new StepCursor(BatchTrace.EMPTY);
    private RunOutcome lastRun;
    private boolean traceFromThisStore;
    private String status = "";
    private volatile Simulator running;
    private volatile boolean cancelRequested;
    private boolean refused; // the last run() was refused after re-reading the project

    public SimulatorSession(Path root, TaskExecutor executor) {
        this.root = root.toAbsolutePath().normalize();
        this.executor = executor;
    }

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    private void fire(Event e) {
        listeners.forEach(l -> l.accept(e));
    }

    private void status(String text) {
        status = text;
        fire(Event.STATUS);
    }

    // ---- project and batch ------------------------------------------------------------

    /** (Re)loads the project from disk; keeps the batch being edited when it still exists. */
    public void reload() {
        loaded(ProjectLoader.check(root), true);
    }

    /** As {@link #reload}, the files read on the executor's thread: opening a large project must not freeze the window. */
    public void reloadInBackground() {
        status("Loading " + root.getFileName() + " …");
        executor.submit(() -> ProjectLoader.check(root), r -> loaded(r, true),
                e -> status("cannot load " + root + ": " + e.getMessage()));
    }

    /**
     * The project as just read again by the IDE (a file changed on disk, or was saved): the batch
     * list follows the folder without a restart, and a batch with unsaved edits keeps them.
     */
    public void apply(ProjectLoader.Result r) {
        loaded(r, project == null);
    }

    private void loaded(ProjectLoader.Result r, boolean announce) {
        problems = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        blocking = BatchEntry.blocking(r);
        project = r.project();
        batchEntries = withUnsavedBatch(BatchEntry.of(r));
        fire(Event.PROJECT);
        if (project == null) {
            batch = null;
            fire(Event.BATCH);
            status(problems.isEmpty() ? "cannot load " + root : problems.getFirst().toString());
            return;
        }
        keepOrChooseBatch();
        if (announce || !blocking.isEmpty()) {
            status(blocking.isEmpty() ? loadedSummary() : blocking.getFirst().toString());
        }
    }

    private String loadedSummary() {
        long broken = batchEntries.stream().filter(BatchEntry::broken).count();
        return "Loaded " + project.name() + " (" + batchNames().size() + " batches"
                + (broken == 0 ? "" : ", " + broken + " broken: see Problems") + ")";
    }

    /** The chosen batch stays chosen while it is valid; its unsaved edits stay, otherwise it shows the disk's version. */
    private void keepOrChooseBatch() {
        List<String> names = batchNames();
        if (batch != null && names.contains(batch.name())) {
            Batch edited = batch.toBatch();
            boolean unsaved = !edited.equals(batchAsRead);
            Batch onDisk = valid(project, batch.name());
            if (unsaved || onDisk == null) {
                project = project.withBatch(batch.name(), edited);
                batch = new BatchEditorModel(project, batch.name(), edited);
                fire(Event.BATCH);
                return;
            }
            if (onDisk.equals(batchAsRead)) {
                return; // same batch, same text: nothing to redraw
            }
        }
        String keep = batch != null && names.contains(batch.name()) ? batch.name() : null;
        selectBatch(keep != null ? keep : names.isEmpty() ? null : names.getFirst());
    }

    /** A batch made with New batch… and not saved yet is listed (and kept) until it is. */
    private List<BatchEntry> withUnsavedBatch(List<BatchEntry> entries) {
        if (batch == null || batchAsRead != null || entries.stream().anyMatch(e -> e.name().equals(batch.name()))) {
            return entries;
        }
        List<BatchEntry> all = new java.util.ArrayList<>(entries);
        all.add(new BatchEntry(batch.name(), null));
        all.sort(java.util.Comparator.comparing(BatchEntry::name));
        return List.copyOf(all);
    }

    public Path root() {
        return root;
    }

    public Project project() {
        return project;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public Path storeFile() {
        return root.resolve(".studio").resolve("store.db");
    }

    /** The batches that can be chosen and run, sorted. */
    public List<String> batchNames() {
        return project == null ? List.of() : batchEntries.stream().filter(e -> !e.broken()).map(BatchEntry::name).toList();
    }

    /** Every file of batches/, valid or broken (with its error), sorted. */
    public List<BatchEntry> batches() {
        return batchEntries;
    }

    /** The errors in files every run needs (objects, triggers, users.json…); empty when runs can start. */
    public List<Diagnostic> blockingProblems() {
        return blocking;
    }

    /** Chooses a batch to edit and run; a broken one cannot be chosen (open its file to fix it). */
    public void selectBatch(String name) {
        if (project == null || name == null || !batchNames().contains(name)) {
            batch = null;
            batchAsRead = null;
        } else {
            Batch read = valid(project, name);
            Batch b = read == null ? new Batch(null, List.of()) : read;
            batch = new BatchEditorModel(project, name, b);
            batchAsRead = read;
        }
        fire(Event.BATCH);
    }

    /** Starts a new, empty batch; it is written to {@code batches/<name>.json} on save. */
    public boolean newBatch(String name) {
        if (project == null || name == null || !name.matches("[A-Za-z0-9_-]+")) {
            status("A batch name uses letters, digits, _ and - only, e.g. pay_invoices");
            return false;
        }
        if (project.batchNames().contains(name)) {
            status("batches/" + name + ".json exists already; choose another name");
            return false;
        }
        project = project.withBatch(name, new Batch(null, List.of()));
        batch = new BatchEditorModel(project, name, new Batch(null, List.of()));
        batchAsRead = null;
        batchEntries = withUnsavedBatch(batchEntries);
        fire(Event.PROJECT);
        fire(Event.BATCH);
        status("New batch " + name + "; add operations, then Save");
        return true;
    }

    public BatchEditorModel batch() {
        return batch;
    }

    /** Saves the batch being edited; refuses one that does not validate. */
    public boolean saveBatch() {
        List<Diagnostic> errors = batch == null ? List.of() : batch.validate();
        if (batch == null || !errors.isEmpty()) {
            status(errors.isEmpty() ? "No batch to save" : errors.getFirst().toString());
            return false;
        }
        try {
            batch.save();
            project = project.withBatch(batch.name(), batch.toBatch());
            batchAsRead = batch.toBatch();
            batchSaved(batch.name());
            status("Saved " + batch.relativePath());
            return true;
        } catch (IOException e) {
            status("Cannot save " + batch.relativePath() + ": " + e.getMessage());
            return false;
        }
    }

    /** The batch as its file holds it, or null when it is broken or not on disk; only that file is read. */
    private static Batch valid(Project p, String name) {
        if (!p.batchNames().contains(name)) {
            return null;
        }
        var file = p.batch(name);
        return file.broken() ? null : file.value();
    }

    /** A saved batch is listed at once as valid (it validated), without waiting for a run or a re-read. */
    private void batchSaved(String name) {
        List<BatchEntry> all = new java.util.ArrayList<>(batchEntries.stream().filter(e -> !e.name().equals(name)).toList());
        all.add(new BatchEntry(name, null));
        all.sort(java.util.Comparator.comparing(BatchEntry::name));
        batchEntries = List.copyOf(all);
        fire(Event.PROJECT);
    }

    /** User ids of the project, for the acting-user picker. */
    public List<String> userIds() {
        return project == null ? List.of() : project.users().users().stream().map(User::id).toList();
    }

    /** The acting user (like {@code --user}); null runs as the batch says. */
    public String user() {
        return user;
    }

    public void user(String id) {
        this.user = id == null || id.isBlank() ? null : id;
    }

    // ---- runs -------------------------------------------------------------------------

    public RunState runState() {
        return state;
    }

    public double progress() {
        return progress;
    }

    public String status() {
        return status;
    }

    /**
     * Replays the batch being edited (F5). The project is first re-read on the executor's thread
     * (a large one takes seconds); the run state is RUNNING from this call on. False when it cannot
     * start and that is known by the time this returns (then status says why); a refusal found
     * later, once the project is re-read, is reported in the status as well.
     */
    public boolean run() {
        if (state != RunState.IDLE || project == null || batch == null) {
            status(state != RunState.IDLE ? "A run is in progress" : "Nothing to run: choose a batch");
            return false;
        }
        String name = batch.name();
        Batch edited = batch.toBatch();
        String u = user;
        cancelRequested = false;
        refused = false;
        setState(RunState.RUNNING);
        progress = 0;
        status("Reading " + root.getFileName() + " …");
        executor.submit(() -> ProjectLoader.check(root), r -> {
            if (refreshProject(r, name, edited)) {
                start(u);
            }
        }, e -> refuse("cannot load " + root + ": " + oneLine(e)));
        return !refused;
    }

    /**
     * Takes the project as re-read before a run, so that triggers saved in the editors since are
     * the ones that run; the batch being edited (saved or not) is kept as it was when F5 was pressed.
     */
    private boolean refreshProject(ProjectLoader.Result r, String name, Batch edited) {
        problems = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        blocking = BatchEntry.blocking(r);
        if (!blocking.isEmpty() || r.project() == null) {
            List<Diagnostic> why = blocking.isEmpty() ? problems : blocking;
            refuse(why.isEmpty() ? "cannot load " + root : why.getFirst().toString());
            return false;
        }
        Batch asRead = batchAsRead;
        project = r.project().withBatch(name, edited);
        batchEntries = withUnsavedBatch(BatchEntry.of(r));
        batch = new BatchEditorModel(project, name, edited);
        Batch read = valid(r.project(), name);
        batchAsRead = read != null ? read : asRead;
        fire(Event.PROJECT);
        fire(Event.BATCH);
        return true;
    }

    private void start(String u) {
        List<Diagnostic> errors = batch.validate();
        if (!errors.isEmpty()) {
            refuse(errors.getFirst().toString());
            return;
        }
        Project p = project;
        Batch b = batch.toBatch();
        status("Running " + batch.name() + " (" + b.operations().size() + " operations)…");
        executor.submit(() -> execute(p, b, u), this::finished, this::failed);
    }

    /** The run did not start after all: back to idle, with why in the status. */
    private void refuse(String why) {
        refused = true;
        setState(RunState.IDLE);
        status(why);
    }

    private RunOutcome execute(Project p, Batch b, String u) throws IOException {
        ignoreStudioFolder();
        long t0 = System.nanoTime();
        // lines too: the debugger steps through them (and Written by names the line of each change)
        RecordingListener recording = new RecordingListener(true, true);
        RunProgress progressListener = new RunProgress(b.operations().size(), executor, f -> {
            progress = f;
            fire(Event.PROGRESS);
        });
        TraceListener cancelling = new TraceListener() {
            @Override
            public void operationStarted(OperationTrace operation) {
                // Simulator.run clears its flag when it starts; a cancel that came earlier is re-applied here.
                Simulator sim = running;
                if (cancelRequested && sim != null) {
                    sim.cancel();
                }
            }
        };
        try (var store = Simulator.openStore(p, storeFile(), false);
             Simulator sim = new Simulator(p, store, ScriptRuntimes.standard())) {
            running = sim;
            sim.run(b, u, TraceListener.both(cancelling, TraceListener.both(recording, progressListener)));
        } finally {
            running = null;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new RunOutcome(recording.trace(), cancelRequested, ms);
    }

    /** The store is the user's scratch state, never something to commit. */
    private void ignoreStudioFolder() throws IOException {
        Path dir = storeFile().getParent();
        Files.createDirectories(dir);
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# Trigger Studio's simulator store; local state, never committed\n*\n");
        }
    }

    private void finished(RunOutcome outcome) {
        lastRun = outcome;
        showTrace(outcome.trace(), true);
        progress = 1;
        setState(RunState.IDLE);
        fire(Event.STORE);
        status(outcome.summary());
    }

    private void failed(Throwable e) {
        setState(RunState.IDLE);
        status("Run failed: " + oneLine(e));
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }

    /** Asks the run to stop before its next operation; the rest are recorded as cancelled. */
    public void cancel() {
        if (state != RunState.RUNNING) {
            return;
        }
        cancelRequested = true;
        Simulator sim = running;
        if (sim != null) {
            sim.cancel();
        }
        setState(RunState.CANCELLING);
        status("Cancelling…");
    }

    private void setState(RunState s) {
        state = s;
        fire(Event.RUN_STATE);
    }

    /** Re-seeds the store from {@code data/}: every record of earlier runs goes. */
    public void resetStore() {
        if (state != RunState.IDLE || project == null) {
            return;
        }
        Project p = project;
        executor.submit(() -> {
            ignoreStudioFolder();
            Simulator.openStore(p, storeFile(), true).close();
            return true;
        }, ok -> {
            traceFromThisStore = false;
            fire(Event.STORE);
            status("Store reset from data/");
        }, this::failed);
    }

    // ---- store reads (read-only) ------------------------------------------------------

    /** Reads the rows of an object, then hands them to the UI thread. */
    public void readRows(String object, Consumer<List<java.util.Map<String, Object>>> then) {
        Project p = project;
        if (p == null || p.objects().get(object) == null) {
            then.accept(List.of());
            return;
        }
        executor.submit(() -> {
            try (var store = openForReading(p)) {
                return store.all(p.objects().get(object));
            }
        }, then, this::failed);
    }

    /** Reads the outbox: notifications, workflow and function calls, integration calls. */
    public void readOutbox(Consumer<List<java.util.Map<String, Object>>> then) {
        Project p = project;
        if (p == null) {
            then.accept(List.of());
            return;
        }
        executor.submit(() -> {
            try (var store = openForReading(p)) {
                return store.query("SELECT seq, kind, source, payload, read, created FROM _studio_outbox ORDER BY seq");
            }
        }, then, this::failed);
    }

    /**
     * Browsing never creates the store: until the first run or reset, the browser shows the seed
     * records from a store in memory, and the project folder stays as it is.
     */
    private dev.triggerstudio.store.Store openForReading(Project p) {
        return Simulator.openStore(p, Files.exists(storeFile()) ? storeFile() : null, false);
    }

    // ---- trace and cursor -------------------------------------------------------------

    public BatchTrace trace() {
        return trace;
    }

    /** The engine's own trace of the last run from the IDE, or null (none yet, or a trace opened from a file). */
    public RunOutcome lastRun() {
        return lastRun;
    }

    public StepCursor cursor() {
        return cursor;
    }

    /** Whether the store is as this trace left it (a live run), so "as of a step" views hold. */
    public boolean traceMatchesStore() {
        return traceFromThisStore;
    }

    private void showTrace(BatchTrace t, boolean fromThisStore) {
        trace = t;
        cursor = new StepCursor(t);
        traceFromThisStore = fromThisStore;
        fire(Event.TRACE);
        fire(Event.CURSOR);
    }

    public void stepForward() {
        cursor.forward();
        fire(Event.CURSOR);
    }

    public void stepBack() {
        cursor.back();
        fire(Event.CURSOR);
    }

    public void select(TraceNode step) {
        if (step != null && cursor.moveTo(step)) {
            fire(Event.CURSOR);
        }
    }

    public void selectOrder(int order) {
        if (order != cursor.index()) {
            cursor.moveTo(order);
            fire(Event.CURSOR);
        }
    }

    /** Saves the last run's trace as {@code --trace} JSON. */
    public void saveTrace(Path file) {
        RunOutcome run = lastRun;
        if (run == null) {
            status("Run a batch first; an opened trace is already a file");
            return;
        }
        executor.submit(() -> {
            TraceFiles.write(file, run.trace());
            return file;
        }, f -> status("Saved trace to " + f), this::failed);
    }

    /** Opens a saved trace (from the IDE or {@code ./studio simulate --trace}). */
    public void openTrace(Path file) {
        executor.submit(() -> TraceFiles.read(file), t -> {
            lastRun = null;
            showTrace(t, false);
            status("Opened " + file.getFileName() + ": " + t.operations().size() + " operations, "
                    + t.stepCount() + " steps");
        }, e -> status("Cannot open " + file + ": " + oneLine(e)));
    }
}
