package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.simulator.SimulatorView;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A walk through the three perspectives at the two sizes a new user tried (issue 21): Author with
 * the find bar open, the Simulator after F5, Insight. Writes docs/screenshots/walk-WxH-*.png to be
 * looked at, and checks that the status bar's words are whole at either size.
 */
class WalkthroughScreenshotTest extends StudioUiTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1600, 1000", "1024, 700"})
    void walkThroughThePerspectives(int width, int height) {
        Stage stage = studio.stage();
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        open("triggers/audit_paid.lua");
        shortcut(KeyCode.F);
        write("gospel");
        String size = width + "x" + height;
        shot("walk-" + size + "-author");
        for (String id : new String[] {"#status-problems", "#status-message"}) {
            Labeled l = lookup(id).queryAs(Labeled.class);
            assertThat(l.getTooltip()).as(id + " is whole on hover").isNotNull();
        }
        Labeled problems = lookup("#status-problems").queryAs(Labeled.class);
        assertThat(problems.getWidth()).as("the problem count is not cut").isGreaterThanOrEqualTo(problems.prefWidth(-1) - 0.5);
        shortcut(KeyCode.DIGIT2);
        SimulatorView view = lookup(".simulator-view").queryAs(SimulatorView.class);
        waitUntil(() -> view.session().project() != null);
        interact(() -> view.session().selectBatch("pay"));
        type(KeyCode.F5);
        waitUntil(() -> view.session().runState() == SimulatorSession.RunState.IDLE
                && !view.session().trace().operations().isEmpty());
        for (int i = 0; i < 9; i++) {
            type(KeyCode.F10);
        }
        shot("walk-" + size + "-simulator");
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> lookup("#insight-golden-record").tryQuery().isPresent());
        shot("walk-" + size + "-insight");
    }

    private Path shot(String name) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.save(this, studio.stage().getScene(), name);
        assertThat(file).exists();
        return file;
    }
}
