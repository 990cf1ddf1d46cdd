package dev.triggerstudio.ui.simulator.model;

import static dev.triggerstudio.ui.simulator.model.SimulatorSession.Event.BATCH;
import static dev.triggerstudio.ui.simulator.model.SimulatorSession.Event.PROJECT;

import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.User;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The project as last read, the batches it lists (valid or broken), the batch being edited and
 * the acting user. A batch with unsaved edits keeps them across every re-read of the project.
 */
final class BatchChoice {
    private final Path root;
    private final SessionEvents events;
    private Project project;
    private List<Diagnostic> problems = List.of();
    private List<Diagnostic> blocking = List.of();
    private List<BatchEntry> entries = List.of();
    private BatchEditorModel batch;
    private Batch batchAsRead; // the chosen batch as last read or saved: a difference is the user's unsaved edit
    private String user;

    BatchChoice(Path root, SessionEvents events) {
        this.root = root;
        this.events = events;
    }

    void loaded(ProjectLoader.Result r, boolean announce) {
        problems = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        blocking = BatchEntry.blocking(r);
        project = r.project();
        entries = withUnsavedBatch(BatchEntry.of(r));
        events.fire(PROJECT);
        if (project == null) {
            batch = null;
            events.fire(BATCH);
            events.status(problems.isEmpty() ? "cannot load " + root : problems.getFirst().toString());
            return;
        }
        keepOrChooseBatch();
        if (announce || !blocking.isEmpty()) {
            events.status(blocking.isEmpty() ? loadedSummary() : blocking.getFirst().toString());
        }
    }

    private String loadedSummary() {
        long broken = entries.stream().filter(BatchEntry::broken).count();
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
                events.fire(BATCH);
                return;
            }
            if (onDisk.equals(batchAsRead)) {
                return; // same batch, same text: nothing to redraw
            }
        }
        String keep = batch != null && names.contains(batch.name()) ? batch.name() : null;
        select(keep != null ? keep : names.isEmpty() ? null : names.getFirst());
    }

    /**
     * Takes the project as re-read before a run, so that triggers saved in the editors since are
     * the ones that run; the batch being edited (saved or not) is kept as it was when F5 was
     * pressed. Returns why the run cannot start, or null.
     */
    String refreshBeforeRun(ProjectLoader.Result r, String name, Batch edited) {
        problems = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        blocking = BatchEntry.blocking(r);
        if (!blocking.isEmpty() || r.project() == null) {
            List<Diagnostic> why = blocking.isEmpty() ? problems : blocking;
            return why.isEmpty() ? "cannot load " + root : why.getFirst().toString();
        }
        Batch asRead = batchAsRead;
        project = r.project().withBatch(name, edited);
        entries = withUnsavedBatch(BatchEntry.of(r));
        batch = new BatchEditorModel(project, name, edited);
        Batch read = valid(r.project(), name);
        batchAsRead = read != null ? read : asRead;
        events.fire(PROJECT);
        events.fire(BATCH);
        return null;
    }

    /** A batch made with New batch… and not saved yet is listed (and kept) until it is. */
    private List<BatchEntry> withUnsavedBatch(List<BatchEntry> listed) {
        if (batch == null || batchAsRead != null || listed.stream().anyMatch(e -> e.name().equals(batch.name()))) {
            return listed;
        }
        return sorted(listed, new BatchEntry(batch.name(), null));
    }

    private static List<BatchEntry> sorted(List<BatchEntry> entries, BatchEntry added) {
        List<BatchEntry> all = new ArrayList<>(entries);
        all.add(added);
        all.sort(Comparator.comparing(BatchEntry::name));
        return List.copyOf(all);
    }

    Project project() {
        return project;
    }

    List<Diagnostic> problems() {
        return problems;
    }

    List<String> batchNames() {
        return project == null ? List.of() : entries.stream().filter(e -> !e.broken()).map(BatchEntry::name).toList();
    }

    List<BatchEntry> entries() {
        return entries;
    }

    List<Diagnostic> blocking() {
        return blocking;
    }

    BatchEditorModel batch() {
        return batch;
    }

    void select(String name) {
        if (project == null || name == null || !batchNames().contains(name)) {
            batch = null;
            batchAsRead = null;
        } else {
            Batch read = valid(project, name);
            batch = new BatchEditorModel(project, name, read == null ? new Batch(null, List.of()) : read);
            batchAsRead = read;
        }
        events.fire(BATCH);
    }

    boolean create(String name) {
        if (project == null || name == null || !name.matches("[A-Za-z0-9_-]+")) {
            events.status("A batch name uses letters, digits, _ and - only, e.g. pay_invoices");
            return false;
        }
        if (project.batchNames().contains(name)) {
            events.status("batches/" + name + ".json exists already; choose another name");
            return false;
        }
        project = project.withBatch(name, new Batch(null, List.of()));
        batch = new BatchEditorModel(project, name, new Batch(null, List.of()));
        batchAsRead = null;
        entries = withUnsavedBatch(entries);
        events.fire(PROJECT);
        events.fire(BATCH);
        events.status("New batch " + name + "; add operations, then Save");
        return true;
    }

    boolean save() {
        List<Diagnostic> errors = batch == null ? List.of() : batch.validate();
        if (batch == null || !errors.isEmpty()) {
            events.status(errors.isEmpty() ? "No batch to save" : errors.getFirst().toString());
            return false;
        }
        try {
            batch.save();
            project = project.withBatch(batch.name(), batch.toBatch());
            batchAsRead = batch.toBatch();
            listedAsValid(batch.name());
            events.status("Saved " + batch.relativePath());
            return true;
        } catch (IOException e) {
            events.status("Cannot save " + batch.relativePath() + ": " + e.getMessage());
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
    private void listedAsValid(String name) {
        entries = sorted(entries.stream().filter(e -> !e.name().equals(name)).toList(), new BatchEntry(name, null));
        events.fire(PROJECT);
    }

    List<String> userIds() {
        return project == null ? List.of() : project.users().users().stream().map(User::id).toList();
    }

    String user() {
        return user;
    }

    void user(String id) {
        this.user = id == null || id.isBlank() ? null : id;
    }
}
