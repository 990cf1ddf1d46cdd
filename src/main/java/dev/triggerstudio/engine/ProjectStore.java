package dev.triggerstudio.engine;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project's store as the IDE uses it: the simulator's file, a copy of it, or the seed data in
 * memory. The UI reaches the store only through this class (docs/architecture.md#layers): it asks
 * for rows, the outbox, a simulator or a Run When lens, and never sees SQL or a connection.
 */
public final class ProjectStore implements AutoCloseable {
    private final Project project;
    private final Store store;

    private ProjectStore(Project project, Store store) {
        this.project = project;
        this.store = store;
    }

    /** Where the simulator keeps its store: {@code <project>/.studio/store.db}, local state never committed. */
    public static Path fileOf(Path projectRoot) {
        return projectRoot.resolve(".studio").resolve("store.db");
    }

    /** The store in {@code file}, created and seeded from {@code data/} when new. */
    public static ProjectStore open(Project project, Path file) {
        return new ProjectStore(project, Simulator.openStore(project, file, false));
    }

    /** The seed data of {@code data/}, in memory. */
    public static ProjectStore seedData(Project project) {
        return new ProjectStore(project, Simulator.openStore(project, null, false));
    }

    /** Empties {@code file} and seeds it again from {@code data/}: every record of earlier runs goes. */
    public static void reset(Project project, Path file) {
        Simulator.openStore(project, file, true).close();
    }

    /** The store in {@code file} when it exists, else the seed data in memory: looking never creates the file. */
    public static ProjectStore forReading(Project project, Path file) {
        return file != null && Files.exists(file) ? open(project, file) : seedData(project);
    }

    /**
     * An in-memory copy of the store in {@code file} (else the seed data): a lens reading it never
     * holds the simulator's SQLite file open while a run writes to it.
     */
    public static ProjectStore copyOf(Project project, Path file) {
        if (file == null || !Files.exists(file)) {
            return seedData(project);
        }
        try (Store onDisk = Simulator.openStore(project, file, false)) {
            return new ProjectStore(project, RunWhenLens.copyOfStore(project, onDisk));
        }
    }

    /** A store a caller opened itself (tests that check the lens against SQL of their own). */
    public static ProjectStore over(Project project, Store store) {
        return new ProjectStore(project, store);
    }

    public Project project() {
        return project;
    }

    /** Every record of an object, in the store's order; none for an object the project does not have. */
    public List<Map<String, Object>> rows(String object) {
        ObjectDef def = project.objects().get(object);
        return def == null ? List.of() : store.all(def);
    }

    /** The outbox: notifications, workflow and function calls, integration calls, oldest first. */
    public List<Map<String, Object>> outbox() {
        return store.query("SELECT seq, kind, source, payload, read, created FROM _studio_outbox ORDER BY seq");
    }

    /** A simulator that runs against this store; closing it leaves the store open. */
    public Simulator simulator(ScriptRuntimes runtimes) {
        return new Simulator(project, store, runtimes);
    }

    public RunWhenLens lens() {
        return new RunWhenLens(project, store);
    }

    @Override
    public void close() {
        store.close();
    }
}
