package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.RecordingListener;
import java.nio.file.Path;

/** Real runs of the engine on a project, for view-model tests. */
final class Runs {
    private Runs() {
    }

    static RecordingListener run(Path root, String batch, Path db) {
        Project p = ProjectLoader.load(root);
        return run(p, p.batches().get(batch), db);
    }

    static RecordingListener run(Project p, Batch batch, Path db) {
        RecordingListener rec = new RecordingListener(true);
        try (Store store = Simulator.openStore(p, db, false);
             Simulator sim = new Simulator(p, store, ScriptRuntimes.standard())) {
            sim.run(batch, null, rec);
        }
        return rec;
    }

    static BatchTrace trace(Path root, String batch) {
        RecordingListener rec = run(root, batch, null);
        return rec.trace();
    }
}
