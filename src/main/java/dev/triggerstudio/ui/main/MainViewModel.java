package dev.triggerstudio.ui.main;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.console.LogConsole;
import dev.triggerstudio.ui.explorer.ExplorerViewModel;
import dev.triggerstudio.ui.problems.ProblemsViewModel;
import dev.triggerstudio.ui.trigger.NewTriggerViewModel;
import dev.triggerstudio.ui.trigger.TriggerEditorViewModel;
import dev.triggerstudio.ui.workspace.Document;
import dev.triggerstudio.ui.workspace.ProjectFiles;
import dev.triggerstudio.ui.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import dev.triggerstudio.model.ProjectLoader;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The IDE's state: the open workspace, the documents in tabs, the explorer, the Problems panel
 * and the log. Opening, creating, saving and reloading happen here; the window only shows them.
 */
public final class MainViewModel {
    private final Workspace workspace;
    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;
    private final DocumentFactory documents;
    private final ObservableList<Document> open = FXCollections.observableArrayList();
    private final ObservableSet<Document> conflicts = FXCollections.observableSet();
    private final ObjectProperty<Document> active = new SimpleObjectProperty<>();
    private final ExplorerViewModel explorer = new ExplorerViewModel();
    private final ProblemsViewModel problems;
    private final LogConsole log = new LogConsole();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ObjectProperty<ProjectLoader.Result> lastRead = new SimpleObjectProperty<>();

    public MainViewModel(Workspace workspace, ScriptRuntimes runtimes, TaskExecutor executor) {
        this.workspace = workspace;
        this.runtimes = runtimes;
        this.executor = executor;
        this.documents = new DocumentFactory(workspace, runtimes, executor);
        this.problems = new ProblemsViewModel(executor, runtimes);
        workspace.projectProperty().addListener(o -> refreshExplorer());
        workspace.actingUserProperty().addListener(o -> actingUserChanged());
        refreshExplorer();
        problems.refresh(workspace.root(), this::readFromDisk);
    }

    /** The first read of the folder fills a workspace that was opened empty (the IDE reads it off the FX thread). */
    private void readFromDisk(dev.triggerstudio.model.ProjectLoader.Result result) {
        if (!workspace.isLoaded()) {
            workspace.load(result);
        }
        loaded.set(true);
        lastRead.set(result);
    }

    /**
     * The project as last read from disk, whole: broken files with their diagnostics included. It
     * changes on open, after each save and after each change on disk; the Simulator follows it.
     */
    public ReadOnlyObjectProperty<ProjectLoader.Result> lastReadProperty() {
        return lastRead;
    }

    /** True once the project's files have been read (the scripts may still be being checked). */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /**
     * Language engines start slowly (GraalPy takes seconds): start them before the first keystroke,
     * but after the window is shown, so that on two cores they do not slow the window's first paint.
     */
    public void warmUpCheckers() {
        for (dev.triggerstudio.model.Language l : dev.triggerstudio.model.Language.values()) {
            runtimes.get(l).ifPresent(rt -> executor.submit(() -> {
                try {
                    return rt.check(new dev.triggerstudio.lang.ScriptSource("warm-up", "", null),
                            new dev.triggerstudio.lang.CheckContext(workspace.project()));
                } catch (RuntimeException e) {
                    return java.util.List.of();
                }
            }, r -> { }));
        }
    }

    private void refreshExplorer() {
        explorer.refresh(workspace.project(), workspace.access());
    }

    private void actingUserChanged() {
        refreshExplorer();
        String who = workspace.actingUserProperty().get() == null ? "nobody" : workspace.actingUserProperty().get().id();
        log.info("Acting as " + who);
    }

    /** Opens a project file in a tab (or selects its tab); empty when it may not or cannot be opened. */
    public Optional<Document> openPath(String path) {
        for (Document d : open) {
            if (d.files().contains(path)) {
                active.set(d);
                return Optional.of(d);
            }
        }
        try {
            Optional<Document> doc = documents.create(path);
            doc.ifPresent(d -> {
                workspace.markSeen(d.files());
                open.add(d);
                active.set(d);
            });
            return doc;
        } catch (DocumentFactory.Refused e) {
            log.warn(e.getMessage());
            return Optional.empty();
        }
    }

    public NewTriggerViewModel newTrigger() {
        Project p = workspace.project();
        List<String> objects = p == null ? List.of() : List.copyOf(p.objects().keySet());
        List<String> ids = p == null ? List.of() : List.copyOf(p.triggers().keySet());
        String owner = workspace.actingUserProperty().get() == null ? null : workspace.actingUserProperty().get().id();
        return new NewTriggerViewModel(ids, objects, owner);
    }

    /** Writes the new trigger's files at once (its ID names them) and opens it. */
    public Optional<Document> createTrigger(NewTriggerViewModel.Created created) {
        TriggerDef def = created.def();
        try {
            workspace.write(ProjectFiles.trigger(def, created.script(), workspace::readDisk));
            workspace.projectProperty().set(workspace.project().withTrigger(def, created.script()));
            log.info("Created " + def.definitionPath() + " and " + def.scriptPath());
            return openPath(def.definitionPath());
        } catch (IOException e) {
            log.error("Could not create " + def.id() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves one document; returns the message to show when it was not saved. */
    public Optional<String> save(Document d) {
        try {
            d.save();
            conflicts.remove(d);
            log.info("Saved " + String.join(", ", d.files()));
            problems.refresh(workspace.root(), lastRead::set);
            return Optional.empty();
        } catch (Workspace.ChangedOnDisk e) {
            conflicts.add(d);
            String m = d.title() + " was not saved: " + String.join(" and ", e.paths()) + " changed on disk since you"
                    + " opened it (another window or program saved it); save yours over it or reload it, from the bar"
                    + " above the editor";
            log.warn(m);
            return Optional.of(m);
        } catch (Document.SaveRefused e) {
            log.warn(e.getMessage());
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            String m = "Could not save " + d.title() + ": " + e.getMessage() + "; check the folder is writable";
            log.error(m);
            return Optional.of(m);
        }
    }

    public List<String> saveAll() {
        return open.stream().filter(Document::isDirty).map(this::save).flatMap(Optional::stream).toList();
    }

    /** The user chose to keep their edits of a file changed on disk: they replace what is there now. */
    public Optional<String> saveOver(Document d) {
        workspace.markSeen(d.files());
        log.info("Saving " + d.title() + " over the version on disk");
        return save(d);
    }

    /** The user chose the version on disk: their edits are dropped. */
    public void reload(Document d) {
        d.reloadFromDisk();
        workspace.markSeen(d.files());
        conflicts.remove(d);
    }

    public void close(Document d) {
        open.remove(d);
        conflicts.remove(d);
        workspace.forget(d.files());
        d.files().forEach(problems::clearLive);
        if (active.get() == d) {
            active.set(open.isEmpty() ? null : open.getLast());
        }
    }

    public boolean anyDirty() {
        return open.stream().anyMatch(Document::isDirty);
    }

    /** Re-reads the project from disk in the background and refreshes the explorer and Problems. */
    public void reloadProject() {
        problems.refresh(workspace.root(), result -> {
            workspace.apply(result);
            lastRead.set(result);
            open.forEach(d -> {
                if (d instanceof TriggerEditorViewModel t) {
                    t.applyAccess();
                }
            });
        });
    }

    /**
     * Another window or program changed a file. Documents without edits reload; a document with
     * edits keeps them and is marked as in conflict (the window shows a bar offering to save them
     * over the disk's version or to reload), and its saves are refused until the user chooses.
     */
    public void diskChanged(String path) {
        diskChanged(List.of(path));
    }

    /** As {@link #diskChanged(String)} for the files of one burst of changes: the project is read again once. */
    public void diskChanged(java.util.Collection<String> paths) {
        List<String> others = paths.stream().filter(p -> !workspace.isOwnWrite(p)).toList();
        if (others.isEmpty()) {
            return;
        }
        others.forEach(this::reloadOpenDocuments);
        reloadProject();
    }

    private void reloadOpenDocuments(String path) {
        for (Document d : List.copyOf(open)) {
            if (!d.files().contains(path) || workspace.changedOnDisk(List.of(path)).isEmpty()) {
                continue; // not open here, or the same text rewritten
            }
            if (!d.isDirty()) {
                reload(d);
                log.info("Reloaded " + path + ": it changed on disk");
            } else if (conflicts.add(d)) {
                log.warn(path + " changed on disk while you were editing " + d.title()
                        + ": keep your edits (save them over it) or reload it");
            }
        }
    }

    /** Documents whose files changed on disk under unsaved edits, or whose save found them changed. */
    public ObservableSet<Document> conflicts() {
        return conflicts;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ScriptRuntimes runtimes() {
        return runtimes;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public ObservableList<Document> openDocuments() {
        return open;
    }

    public ObjectProperty<Document> activeProperty() {
        return active;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    public LogConsole log() {
        return log;
    }
}
