package dev.triggerstudio.ui.workspace;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.User;
import dev.triggerstudio.ui.permissions.TriggerAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open project folder: the last loaded {@link Project}, the user the IDE acts as, and the
 * one place that writes files. It remembers what it wrote so that the disk watcher can tell our
 * own saves from edits made by another program.
 */
public final class Workspace {
    private final Path root;
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Diagnostic>> loadDiagnostics = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<User> actingUser = new SimpleObjectProperty<>();
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final SeenVersions seen = new SeenVersions();
    private boolean loaded;

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Loads the folder on the calling thread; a project with errors still opens so that the user
     * can fix them. The IDE instead creates the workspace empty and {@link #load loads} it from a
     * background read, so that a large project never holds up the FX thread.
     */
    public static Workspace open(Path root) {
        Workspace w = new Workspace(root);
        w.load(ProjectLoader.check(w.root));
        return w;
    }

    /** The first load: the project's default user becomes the acting user, then the project is shown. */
    public void load(ProjectLoader.Result result) {
        actingUser.set(defaultUser(result.project()));
        apply(result);
    }

    /** Whether the folder has been read at least once. */
    public boolean isLoaded() {
        return loaded;
    }

    public void apply(ProjectLoader.Result result) {
        loaded = true;
        loadDiagnostics.set(List.copyOf(result.diagnostics()));
        if (result.project() != null) {
            project.set(result.project());
        }
    }

    public ProjectLoader.Result check() {
        return ProjectLoader.check(root);
    }

    private static User defaultUser(Project p) {
        if (p == null || p.users().users().isEmpty()) {
            return null;
        }
        String id = p.settings().defaultUser();
        return p.user(id == null ? "" : id).orElse(p.users().users().getFirst());
    }

    public TriggerAccess access() {
        return new TriggerAccess(actingUser.get());
    }

    /**
     * Writes each file atomically, creating folders as needed. Nothing is written when a file this
     * window has open changed on disk since it was read (another window saved it): overwriting it
     * would silently lose that save.
     *
     * @throws ChangedOnDisk naming those files; {@link #markSeen} them to save over them
     */
    public void write(Map<String, String> files) throws IOException {
        // the check and the writes under one lock: two windows saving at once must not both pass the check
        SaveLock.around(root, () -> {
            List<String> changed = seen.changed(files.keySet(), this::readDisk);
            if (!changed.isEmpty()) {
                throw new ChangedOnDisk(changed);
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                written.put(f.getKey(), f.getValue());
                Json.writeAtomically(root.resolve(f.getKey()), f.getValue());
                seen.see(f.getKey(), Optional.of(f.getValue()));
            }
        });
    }

    /** Remembers the disk's text of files now open in an editor (opened, reloaded, or to be saved over). */
    public void markSeen(Collection<String> paths) {
        paths.forEach(p -> seen.see(p, readDisk(p)));
    }

    /** The files are no longer open here: a later write of them need not check them. */
    public void forget(Collection<String> paths) {
        paths.forEach(seen::forget);
    }

    /** Which of these files differ on disk from what this window last read or wrote. */
    public List<String> changedOnDisk(Collection<String> paths) {
        return seen.changed(paths, this::readDisk);
    }

    /** A save refused because another window or program changed the files since this one read them. */
    public static final class ChangedOnDisk extends IOException {
        private final List<String> paths;

        public ChangedOnDisk(List<String> paths) {
            super(String.join(", ", paths) + " changed on disk since it was opened");
            this.paths = List.copyOf(paths);
        }

        public List<String> paths() {
            return paths;
        }
    }

    public void delete(String relative) throws IOException {
        written.remove(relative);
        Files.deleteIfExists(root.resolve(relative));
    }

    /** The text on disk now, or empty when the file is gone or unreadable. */
    public Optional<String> readDisk(String relative) {
        try {
            return Optional.of(Files.readString(root.resolve(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the disk holds exactly what this IDE last wrote there. */
    public boolean isOwnWrite(String relative) {
        String mine = written.get(relative);
        return mine != null && readDisk(relative).map(mine::equals).orElse(false);
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    public String relativize(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public Project project() {
        return project.get();
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<List<Diagnostic>> loadDiagnosticsProperty() {
        return loadDiagnostics;
    }

    public ObjectProperty<User> actingUserProperty() {
        return actingUser;
    }

    public List<User> users() {
        Project p = project.get();
        return p == null ? List.of() : p.users().users();
    }
}
