package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;

/** Keyboard shortcuts of the editor, and a file changed by another program. */
class KeyboardUiTest extends StudioUiTest {

    @Test
    void ctrlSlashTogglesTheCommentOfTheCurrentLine() {
        open("triggers/audit_paid.lua");
        CodeArea area = codeArea();
        clickOn(area);
        shortcut(KeyCode.HOME);
        shortcut(KeyCode.SLASH);
        assertThat(area.getText()).startsWith("-- local gospel");
        shortcut(KeyCode.SLASH);
        assertThat(area.getText()).startsWith("local gospel");
    }

    @Test
    void ctrlFFindsAndReplacesAll() {
        open("triggers/audit_paid.lua");
        CodeArea area = codeArea();
        clickOn(area);
        shortcut(KeyCode.F);
        write("gospel");
        clickOn(lookup("#replace-field").queryAs(TextField.class)).write("g");
        clickOn("#replace-all");
        assertThat(area.getText()).doesNotContain("gospel").contains("local g = require(\"glua\")");
        assertThat(vm().activeProperty().get().isDirty()).isTrue();
    }

    @Test
    void aFileChangedByAnotherProgramReloadsInItsEditor() throws Exception {
        open("triggers/audit_paid.lua");
        CodeArea area = codeArea();
        Files.writeString(project.resolve("triggers/audit_paid.lua"), "gospel.log(\"edited elsewhere\")\n");
        waitUntil(() -> area.getText().contains("edited elsewhere"), area::getText);
        assertThat(vm().activeProperty().get().isDirty()).isFalse();
    }
}
