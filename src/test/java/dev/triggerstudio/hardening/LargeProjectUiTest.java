package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.SampleProject;
import dev.triggerstudio.ui.Studio;
import dev.triggerstudio.ui.TestStudio;
import dev.triggerstudio.ui.explorer.ExplorerItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window opens the generated 200-object / 1 000-trigger project while a heartbeat
 * keeps posting to the FX thread: the FX thread must handle heartbeats while the load is still
 * going (so the load is not done on it), and the explorer must end up with every object and
 * trigger. The load time and the longest FX-thread stall are reported next to the same figures
 * for the small sample project measured in the same run (target/hardening/large-ui.md), never
 * asserted: the machine is shared.
 */
@Tag("ui")
class LargeProjectUiTest extends FxRobot {
    private static final int OBJECTS = 200;
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path tmp;
    private Studio studio;

    @AfterEach
    void close() throws Exception {
        TestStudio.close(studio);
    }

    @Test
    void theFxThreadKeepsHandlingEventsWhileALargeProjectLoads() throws Exception {
        Path large = LargeProject.write(tmp.resolve("large"), OBJECTS, 10, 1_000);
        Path small = SampleProject.write(Files.createDirectories(tmp.resolve("small")));
        openStudio(SampleProject.write(Files.createDirectories(tmp.resolve("warm-up"))));
        waitForExplorer(2);

        FxHeartbeat.Load baseline = measureOpening(small, 2);
        FxHeartbeat.Load big = measureOpening(large, OBJECTS);
        report(baseline, big);

        assertThat(big.heartbeatsBeforeShown())
                .as("heartbeats the FX thread handled while the large project was loading")
                .isPositive();
        assertThat(childrenOf("Objects")).hasSize(OBJECTS);
        assertThat(childrenOf("Triggers")).hasSize(OBJECTS * LargeProject.TRIGGERS_PER_OBJECT);
    }

    private void openStudio(Path project) throws Exception {
        Path prefs = tmp.resolve("prefs.properties");
        studio = TestStudio.open(project, prefs);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a project on the FX thread, as File › Open does, with the heartbeat running throughout. */
    private FxHeartbeat.Load measureOpening(Path project, int objects) throws Exception {
        try (FxHeartbeat heartbeat = FxHeartbeat.start()) {
            Thread.sleep(300); // a few quiet beats first, so the gap before the load is a normal one
            Platform.runLater(() -> {
                heartbeat.loadStarted();
                studio.openProject(project);
                whenExplorerShows(objects, heartbeat::loadShown);
            });
            waitForExplorer(objects);
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(SETTLE_NANOS));
            return heartbeat.result(SETTLE_NANOS);
        }
    }

    /** Calls {@code shown} on the FX thread as soon as the explorer lists that many objects. */
    private void whenExplorerShows(int objects, Runnable shown) {
        TreeView<?> tree = explorer();
        if (objectCount(tree) == objects) {
            shown.run();
            return;
        }
        tree.rootProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (objectCount(tree) == objects) {
                    tree.rootProperty().removeListener(this);
                    shown.run();
                }
            }
        });
    }

    /** The explorer's tree; its split panes only hold it once their skins exist, so CSS is applied first. */
    private TreeView<?> explorer() {
        if (Platform.isFxApplicationThread()) {
            studio.window().applyCss();
        }
        return (TreeView<?>) studio.window().lookup("#explorer");
    }

    private static int objectCount(TreeView<?> tree) {
        TreeItem<?> root = tree == null ? null : tree.getRoot();
        if (root == null) {
            return -1;
        }
        return root.getChildren().stream().filter(c -> ((ExplorerItem) c.getValue()).label().equals("Objects"))
                .mapToInt(c -> c.getChildren().size()).findFirst().orElse(-1);
    }

    private void waitForExplorer(int objects) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> studio.window() != null
                && objectCount(explorer()) == objects);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private java.util.List<?> childrenOf(String category) {
        TreeItem<?> root = explorer().getRoot();
        return root.getChildren().stream().filter(c -> ((ExplorerItem) c.getValue()).label().equals(category))
                .findFirst().orElseThrow().getChildren();
    }

    private static void report(FxHeartbeat.Load small, FxHeartbeat.Load large) {
        String header = """
                | project | objects | triggers | shown in explorer ms | heartbeats during load | longest FX stall ms (load + 1 s) |
                |---|---|---|---|---|---|""";
        Report.start("large-ui", header);
        Report.line("large-ui", row("sample (baseline)", 2, 2, small));
        Report.line("large-ui", row("generated", OBJECTS, OBJECTS * LargeProject.TRIGGERS_PER_OBJECT, large));
        Report.line("large-ui", "");
        Report.line("large-ui", "stall ratio large / baseline: %.1f; machine: %s".formatted(
                (double) large.longestStallMs() / Math.max(1, small.longestStallMs()), Report.machine()));
        System.out.println("[large-ui] baseline " + small + "; large " + large);
    }

    private static String row(String name, int objects, int triggers, FxHeartbeat.Load l) {
        return "| %s | %d | %d | %d | %d | %d |".formatted(name, objects, triggers, l.shownMs(),
                l.heartbeatsBeforeShown(), l.longestStallMs());
    }
}
