package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.engine.ProjectStore;
import dev.triggerstudio.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The simulator's store, {@code <project>/.studio/store.db}, reached through the engine's
 * {@link ProjectStore}: the store a run writes to, its reset, and the read-only reads of the store
 * browser and the outbox. State carries across runs until Reset.
 */
final class StoreFiles {
    private final Path root;

    StoreFiles(Path root) {
        this.root = root;
    }

    Path storeFile() {
        return ProjectStore.fileOf(root);
    }

    /** The store a run writes to, created (with its {@code .gitignore}) on first use. */
    ProjectStore openForRun(Project p) throws IOException {
        ignoreStudioFolder();
        return ProjectStore.open(p, storeFile());
    }

    /** Re-seeds the store from {@code data/}: every record of earlier runs goes. */
    void reset(Project p) throws IOException {
        ignoreStudioFolder();
        ProjectStore.reset(p, storeFile());
    }

    /** Browsing never creates the store: until the first run or reset it shows the seed records. */
    List<Map<String, Object>> rows(Project p, String object) {
        try (ProjectStore store = ProjectStore.forReading(p, storeFile())) {
            return store.rows(object);
        }
    }

    List<Map<String, Object>> outbox(Project p) {
        try (ProjectStore store = ProjectStore.forReading(p, storeFile())) {
            return store.outbox();
        }
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
}
