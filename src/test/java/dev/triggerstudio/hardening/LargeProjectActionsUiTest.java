package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.SampleProject;
import dev.triggerstudio.ui.Studio;
import dev.triggerstudio.ui.TestStudio;
import dev.triggerstudio.ui.insight.InsightPanel;
import dev.triggerstudio.ui.simulator.SimulatorView;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After the generated 200-object / 1 000-trigger project is open, the two actions that used to
 * do their slow part on the FX thread — showing the Insight perspective (cascade analysis, store
 * copy) and starting a simulator run (the project is re-read) — must let the FX thread handle
 * heartbeats while that part is going on. The longest FX stall of each is reported beside the
 * same action on the small sample project, measured in the same run (target/hardening/
 * large-actions.md), never asserted: the machine is shared.
 */
@Tag("ui")
class LargeProjectActionsUiTest extends FxRobot {
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
    void theFxThreadKeepsHandlingEventsWhileInsightAnalysesAndTheSimulatorRereadsALargeProject() throws Exception {
        Path small = SampleProject.write(Files.createDirectories(tmp.resolve("small")));
        Path large = LargeProject.write(tmp.resolve("large"), OBJECTS, 2, 20);
        openStudio(small);
        FxHeartbeat.Load insightSmall = measureInsight();
        FxHeartbeat.Load runSmall = measureRun("pay");
        open(large);
        FxHeartbeat.Load insightLarge = measureInsight();
        boolean graphShown = lookup("#cascade-graph").tryQuery().isPresent();
        FxHeartbeat.Load runLarge = measureRun("big");
        report(insightSmall, insightLarge, runSmall, runLarge);

        assertThat(insightLarge.heartbeatsBeforeShown())
                .as("heartbeats the FX thread handled while Insight analysed the large project").isPositive();
        assertThat(runLarge.heartbeatsBeforeShown())
                .as("heartbeats the FX thread handled while the simulator re-read the large project").isPositive();
        assertThat(graphShown).as("the cascade graph of the large project is shown once analysed").isTrue();
        assertThat(simulator().session().status()).startsWith("2 operations: 2 committed");
    }

    private void openStudio(Path project) throws Exception {
        Path prefs = tmp.resolve("prefs.properties");
        studio = TestStudio.open(project, prefs);
        waitForLoad();
    }

    private void open(Path project) throws Exception {
        interact(() -> studio.openProject(project));
        waitForLoad();
    }

    private void waitForLoad() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> studio.isLoaded());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the Insight perspective (its analysis starts then) with the heartbeat running; shown = analysis on screen. */
    private FxHeartbeat.Load measureInsight() throws Exception {
        ToggleButton toggle = perspective("insight");
        InsightPanel panel = (InsightPanel) toggle.getUserData();
        try (FxHeartbeat heartbeat = FxHeartbeat.start()) {
            Thread.sleep(300); // a few quiet beats first, so the gap before the action is a normal one
            Platform.runLater(() -> {
                heartbeat.loadStarted();
                toggle.setSelected(true);
                whenFalse(panel.analysingProperty(), heartbeat::loadShown);
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !panel.analysingProperty().get()
                    && lookup(".insight-analysing").tryQuery().isEmpty());
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(SETTLE_NANOS));
            return heartbeat.result(SETTLE_NANOS);
        }
    }

    /** Starts a run (F5's action) with the heartbeat running; shown = project re-read, finished = run over. */
    private FxHeartbeat.Load measureRun(String batch) throws Exception {
        ToggleButton toggle = perspective("simulator");
        interact(() -> toggle.setSelected(true));
        SimulatorSession session = simulator().session();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> session.project() != null);
        interact(() -> session.selectBatch(batch));
        AtomicBoolean over = new AtomicBoolean();
        try (FxHeartbeat heartbeat = FxHeartbeat.start()) {
            Thread.sleep(300);
            Platform.runLater(() -> {
                heartbeat.loadStarted();
                session.addListener(e -> {
                    if (e == SimulatorSession.Event.PROJECT) {
                        heartbeat.loadShown();
                    } else if (e == SimulatorSession.Event.RUN_STATE && session.runState() == SimulatorSession.RunState.IDLE) {
                        heartbeat.actionFinished();
                        over.set(true);
                    }
                });
                assertThat(session.run()).isTrue();
            });
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, over::get);
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(SETTLE_NANOS));
            return heartbeat.result(SETTLE_NANOS);
        }
    }

    private ToggleButton perspective(String name) {
        return lookup("#perspective-" + name).queryAs(ToggleButton.class);
    }

    private SimulatorView simulator() {
        return (SimulatorView) perspective("simulator").getUserData();
    }

    /** Runs {@code then} on the FX thread once {@code value} is false (at once if it is already). */
    private static void whenFalse(javafx.beans.value.ObservableBooleanValue value, Runnable then) {
        if (!value.get()) {
            then.run();
            return;
        }
        value.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    value.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private static void report(FxHeartbeat.Load insightSmall, FxHeartbeat.Load insightLarge,
                               FxHeartbeat.Load runSmall, FxHeartbeat.Load runLarge) {
        Report.start("large-actions", """
                | action | project | done in ms | heartbeats while working | longest FX stall ms (action + 1 s) |
                |---|---|---|---|---|""");
        Report.line("large-actions", row("show Insight", "sample (baseline)", insightSmall));
        Report.line("large-actions", row("show Insight", "generated " + OBJECTS + " objects", insightLarge));
        Report.line("large-actions", row("start a run (re-read)", "sample (baseline)", runSmall));
        Report.line("large-actions", row("start a run (re-read)", "generated " + OBJECTS + " objects", runLarge));
        Report.line("large-actions", "");
        Report.line("large-actions", "machine: " + Report.machine());
        System.out.println("[large-actions] insight " + insightSmall + " / " + insightLarge + "; run " + runSmall + " / " + runLarge);
    }

    private static String row(String action, String project, FxHeartbeat.Load l) {
        return "| %s | %s | %d | %d | %d |".formatted(action, project, l.shownMs(), l.heartbeatsBeforeShown(), l.longestStallMs());
    }
}
