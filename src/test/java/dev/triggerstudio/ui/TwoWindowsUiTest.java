package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.main.UserPrefs;
import dev.triggerstudio.ui.workspace.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two IDE windows on one project, side by side (two Studio instances in one JVM, each with its own
 * disk watcher, as two IDE processes would have): window A saves a trigger that window B has open
 * with unsaved edits. B must neither overwrite A's save nor drop its own edits: it shows a bar
 * above the editor, refuses a plain save, and saves over A's version or reloads only when asked.
 */
class TwoWindowsUiTest extends StudioUiTest {
    private static final String SCRIPT = "triggers/invoice_totals.stanza";

    private Studio other;

    @BeforeEach
    void openSecondWindow() throws Exception {
        Path prefs = Files.createTempFile("studio-prefs-b", ".properties");
        Files.delete(prefs);
        interact(() -> {
            studio.stage().setWidth(790);
            studio.stage().setHeight(960);
            Stage stage = new Stage();
            other = new Studio(stage, new UserPrefs(prefs), TestRuntimes.withFallbacks());
            stage.setMaximized(false);
            stage.setX(800);
            stage.setY(0);
            stage.setWidth(790);
            stage.setHeight(960);
            other.openProject(project);
            stage.show();
        });
        waitUntil(() -> other.isLoaded());
        open(SCRIPT);
        interact(() -> other.viewModel().openPath(SCRIPT));
    }

    @AfterEach
    void closeSecondWindow() {
        if (other != null) {
            interact(() -> other.stage().hide());
            other.dispose();
        }
    }

    private CodeArea areaOf(Studio s) {
        return s.window().activePane().orElseThrow().code().area();
    }

    private Document documentOf(Studio s) {
        return s.viewModel().activeProperty().get();
    }

    private String disk() throws Exception {
        return Files.readString(project.resolve(SCRIPT));
    }

    /** Types at the end of a window's editor with the keyboard, as the user would. */
    private void typeAtEnd(Studio s, String text) {
        focus(s);
        clickOn(areaOf(s));
        shortcut(KeyCode.END);
        write(text);
    }

    /** Xvfb has no window manager to move the keyboard focus on a click: the window is asked for it. */
    private void focus(Studio s) {
        interact(() -> {
            s.stage().toFront();
            s.stage().requestFocus();
        });
        waitUntil(() -> s.stage().isFocused());
    }

    private Node barOf(Studio s) {
        return from(s.window()).lookup("#conflict-bar").query();
    }

    /** B has unsaved edits; A types and saves with Ctrl+S; B's watcher reports the change. */
    private String aSavesWhileBHasEdits() throws Exception {
        typeAtEnd(other, "\n// B's edit");
        assertThat(documentOf(other).isDirty()).isTrue();
        typeAtEnd(studio, "\n// A's edit");
        shortcut(KeyCode.S);
        waitUntil(() -> !documentOf(studio).isDirty());
        String saved = disk();
        assertThat(saved).contains("// A's edit").doesNotContain("B's edit");
        waitUntil(() -> barOf(other).isVisible(), () -> "B's log: " + other.viewModel().log().lastMessage());
        return saved;
    }

    /** The picture for the docs: B as wide as the screen for a moment, then back beside A. */
    private void screenshotOfBWide() {
        interact(() -> {
            other.stage().setX(0);
            other.stage().setWidth(1440);
            other.stage().setHeight(900);
        });
        Screenshots.save(this, other.stage().getScene(), "conflict-bar");
        interact(() -> {
            other.stage().setX(800);
            other.stage().setWidth(790);
            other.stage().setHeight(960);
        });
    }

    @Test
    void bIsToldTheFileChangedKeepsItsEditsAndSavesOverOnlyWhenAsked() throws Exception {
        String fromA = aSavesWhileBHasEdits();
        assertThat(areaOf(other).getText()).contains("// B's edit").doesNotContain("A's edit");
        assertThat(documentOf(other).isDirty()).isTrue();
        assertThat(barOf(studio).isVisible()).as("A saved; it has nothing to resolve").isFalse();
        screenshotOfBWide();

        typeAtEnd(other, " again");
        shortcut(KeyCode.S);
        assertThat(disk()).as("a plain save in B must not overwrite A's save").isEqualTo(fromA);
        assertThat(barOf(other).isVisible()).isTrue();
        assertThat(documentOf(other).isDirty()).isTrue();
        assertThat(Window.getWindows()).as("the bar asks; no dialog pops up over the editor")
                .noneMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane);

        clickOn(from(other.window()).lookup("#conflict-save-over").queryButton());
        waitUntil(() -> !documentOf(other).isDirty());
        assertThat(disk()).contains("// B's edit again").doesNotContain("A's edit");
        assertThat(barOf(other).isVisible()).isFalse();
        // A has no unsaved edits: it simply follows the disk
        waitUntil(() -> areaOf(studio).getText().contains("// B's edit again"), () -> areaOf(studio).getText());
        assertThat(documentOf(studio).isDirty()).isFalse();
    }

    @Test
    void bMayInsteadReloadTheVersionOnDiskAndDropItsEdits() throws Exception {
        String fromA = aSavesWhileBHasEdits();
        clickOn(from(other.window()).lookup("#conflict-reload").queryButton());
        waitUntil(() -> !documentOf(other).isDirty());
        assertThat(areaOf(other).getText()).isEqualTo(fromA);
        assertThat(barOf(other).isVisible()).isFalse();
        assertThat(disk()).isEqualTo(fromA);
    }
}
