package dev.triggerstudio.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows that save the same file at the same moment: one save lands, the other is refused. */
class WorkspaceSaveRaceTest {
    private static final String FILE = "triggers/t.py";

    @TempDir
    Path root;

    @Test
    void twoWindowsSavingAtOnceNeverBothPassTheCheck() throws Exception {
        Files.createDirectories(root.resolve("triggers"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 300; round++) {
                Files.writeString(root.resolve(FILE), "original " + round);
                Workspace first = new Workspace(root);
                Workspace second = new Workspace(root);
                first.markSeen(List.of(FILE));
                second.markSeen(List.of(FILE));
                CyclicBarrier together = new CyclicBarrier(2);
                String mine = "first " + round;
                String theirs = "second " + round;
                Future<Boolean> a = pool.submit(() -> save(first, mine, together));
                Future<Boolean> b = pool.submit(() -> save(second, theirs, together));
                boolean firstSaved = a.get();
                boolean secondSaved = b.get();
                assertThat(firstSaved ^ secondSaved).as("round %d: exactly one save lands, the other is refused", round).isTrue();
                assertThat(Files.readString(root.resolve(FILE))).isEqualTo(firstSaved ? mine : theirs);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean save(Workspace w, String text, CyclicBarrier together) throws Exception {
        together.await();
        try {
            w.write(Map.of(FILE, text));
            return true;
        } catch (Workspace.ChangedOnDisk refused) {
            return false;
        }
    }
}
