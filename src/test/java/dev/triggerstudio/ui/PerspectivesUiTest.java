package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.simulator.SimulatorView;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Author, Simulator and Insight from the View menu and Ctrl+1/2/3; F5 means Run, and works where the focus lands (issue 21, item 3). */
class PerspectivesUiTest extends StudioUiTest {

    @Test
    void ctrlOneTwoThreeSwitchBetweenThePerspectivesListedInTheViewMenu() {
        assertThat(menuItems("View")).extracting(MenuItem::getText).startsWith("Author", "Simulator", "Insight");
        shortcut(KeyCode.DIGIT2);
        assertThat(selected()).isEqualTo("perspective-simulator");
        shortcut(KeyCode.DIGIT3);
        assertThat(selected()).isEqualTo("perspective-insight");
        shortcut(KeyCode.DIGIT1);
        assertThat(selected()).isEqualTo("perspective-author");
    }

    @Test
    void f5RightAfterClickingSimulatorRunsTheBatch() {
        SimulatorView view = simulatorReadyWithBatch("pay");
        clickOn("#perspective-author");
        clickOn("#perspective-simulator");
        assertThat(isInside(studio.window().getScene().getFocusOwner(), view))
                .as("the focus is in the simulator, not on the button: %s", studio.window().getScene().getFocusOwner())
                .isTrue();
        type(KeyCode.F5);
        waitUntil(() -> view.session().runState() == SimulatorSession.RunState.IDLE
                && !view.session().trace().operations().isEmpty());
        assertThat(view.session().trace().operations()).hasSize(1);
    }

    @Test
    void f5HasOneMeaningAndEveryShortcutIsShownOnOneMenuItemOnly() {
        Map<String, String> byAccelerator = new HashMap<>();
        for (String menu : List.of("File", "Edit", "View", "Run")) {
            for (MenuItem m : menuItems(menu)) {
                if (m.getAccelerator() != null) {
                    String was = byAccelerator.put(m.getAccelerator().getName(), m.getText());
                    assertThat(was).as(m.getAccelerator().getName() + " on " + m.getText()).isNull();
                }
            }
        }
        assertThat(byAccelerator).containsEntry("F5", "Run batch").containsEntry("F10", "Step forward");
    }

    @Test
    void f5FromTheAuthorPerspectiveShowsTheSimulatorAndRunsThere() {
        SimulatorView view = simulatorReadyWithBatch("pay");
        clickOn("#perspective-author");
        clickOn("#explorer");
        type(KeyCode.F5);
        waitUntil(() -> view.session().runState() == SimulatorSession.RunState.IDLE
                && !view.session().trace().operations().isEmpty());
        assertThat(selected()).isEqualTo("perspective-simulator");
    }

    /** Shows the simulator once (it is in the scene only while shown), waits for its project and picks a batch. */
    private SimulatorView simulatorReadyWithBatch(String batch) {
        clickOn("#perspective-simulator");
        SimulatorView view = lookup(".simulator-view").queryAs(SimulatorView.class);
        waitUntil(() -> view.session().project() != null);
        interact(() -> view.session().selectBatch(batch));
        return view;
    }

    private String selected() {
        return lookup((Node n) -> n instanceof ToggleButton b && b.getId() != null && b.getId().startsWith("perspective-")
                && b.isSelected()).query().getId();
    }

    private List<MenuItem> menuItems(String menu) {
        MenuBar bar = lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().stream().filter(m -> m.getText().equals(menu)).forEach(m -> flatten(m, items));
        return items;
    }

    private static void flatten(Menu menu, List<MenuItem> into) {
        for (MenuItem m : menu.getItems()) {
            if (m instanceof Menu sub) {
                flatten(sub, into);
            } else if (m.getText() != null) {
                into.add(m);
            }
        }
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
