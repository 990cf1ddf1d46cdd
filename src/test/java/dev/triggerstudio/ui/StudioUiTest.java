package dev.triggerstudio.ui;

import dev.triggerstudio.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real IDE window on a fresh sample project for each test; the test drives it as a robot. */
@Tag("ui")
abstract class StudioUiTest extends FxRobot {
    protected Studio studio;
    protected Path project;

    @BeforeEach
    void openStudio() throws Exception {
        project = SampleProject.create();
        Path prefs = Files.createTempFile("studio-prefs", ".properties");
        Files.delete(prefs);
        studio = TestStudio.open(project, prefs);
        waitUntil(() -> studio.isLoaded()); // the IDE reads the project in the background
    }

    @AfterEach
    void closeStudio() throws Exception {
        TestStudio.close(studio);
    }

    /** Opens a file as a double-click in the explorer would, and waits for its tab. */
    protected void open(String path) {
        interact(() -> vm().openPath(path));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The code area of the selected tab. */
    protected org.fxmisc.richtext.CodeArea codeArea() {
        return studio.window().activePane().orElseThrow().code().area();
    }

    /** Picks an item of a combo box by its text, with the mouse. */
    protected void choose(javafx.scene.control.ComboBox<?> combo, String text) {
        clickOn(combo);
        javafx.scene.Node cell = lookup(".list-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.isVisible() && text.equals(c.getText()) && c.getScene() != combo.getScene()).query();
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Ctrl (the shortcut key on Linux) with a key. */
    protected void shortcut(javafx.scene.input.KeyCode... keys) {
        javafx.scene.input.KeyCode[] all = new javafx.scene.input.KeyCode[keys.length + 1];
        all[0] = javafx.scene.input.KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        push(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected MainViewModel vm() {
        return studio.viewModel();
    }

    /** Waits for background work to show its result; fails after 90 s: a hang guard, not a speed check (GraalPy alone may take 20 s to start). */
    protected static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, () -> "");
    }

    protected static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the UI did not get there within 90 s; " + state.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
