package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.Studio;
import dev.triggerstudio.ui.TestStudio;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Simulator perspective inside the IDE's main window. */
@Tag("ui")
class MainWindowSimulatorTest extends FxRobot {
    private Studio studio;

    @AfterEach
    void close() throws Exception {
        TestStudio.close(studio);
    }

    @Test
    void runsABatchFromTheSimulatorPerspectiveAndOpensTheRejectingTriggerAtItsLine() throws Exception {
        Path project = SampleCopy.of("ledger");
        Path prefs = Files.createTempFile("studio-prefs", ".properties");
        Files.delete(prefs);
        studio = TestStudio.open(project, prefs);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(project.resolve(".studio"))).as("opening the IDE writes nothing").isFalse();

        clickOn("#perspective-simulator");
        SimulatorView view = lookup(".simulator-view").queryAs(SimulatorView.class);
        // the main window's simulator reads the project in the background
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.session().project() != null);
        interact(() -> view.session().selectBatch("stanza_status"));
        clickOn("#traceTree");
        type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.session().runState() == SimulatorSession.RunState.IDLE
                && view.session().trace().operations().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        while (view.session().cursor().current().map(p -> !"rejected".equals(p.step().status()) || !"trigger".equals(p.step().step()))
                .orElse(true)) {
            type(KeyCode.F10);
        }
        clickOn("#errorLink");
        WaitForAsyncUtils.waitForFxEvents();

        var active = studio.viewModel().activeProperty().get();
        assertThat(active).isNotNull();
        assertThat(active.files()).contains("triggers/invoice_status.stanza");
        assertThat(lookup("#perspective-author").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }
}
