package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.model.Grant;
import dev.triggerstudio.ui.trigger.TriggerEditorViewModel;
import java.nio.file.Files;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;

/** Mouse and keyboard: grant and revoke a group; act as a user who may not edit. */
class PermissionsUiTest extends StudioUiTest {

    private TriggerEditorViewModel trigger() {
        return (TriggerEditorViewModel) vm().activeProperty().get();
    }

    @Test
    void grantingAndRevokingAGroupUndoes() {
        open("triggers/invoice_totals.json");
        clickOn("#tab-permissions");
        choose(lookup("#grant-group").queryAs(ComboBox.class), "sales");
        choose(lookup("#grant-access").queryAs(ComboBox.class), "edit this definition");
        clickOn("#grant");
        assertThat(trigger().permissions().toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT),
                new Grant("sales", Access.EDIT));
        clickOn("#revoke-finance");
        assertThat(trigger().permissions().toGrants()).containsExactly(new Grant("sales", Access.EDIT));
        shortcut(KeyCode.Z);
        assertThat(trigger().permissions().toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT),
                new Grant("sales", Access.EDIT));
        shortcut(KeyCode.Z);
        assertThat(trigger().permissions().toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT));
        assertThat(trigger().isDirty()).isFalse();
    }

    @Test
    void aUserWhoMayOnlyReadSeesWhyAndCannotChangeOrSave() throws Exception {
        choose(lookup("#acting-user").queryAs(ComboBox.class), "carol · finance");
        open("triggers/audit_paid.json");
        clickOn("#tab-permissions");
        Label refusal = lookup("#permissions-refusal").queryAs(Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("Carol (groups finance) may not edit audit_paid");
        assertThat(lookup("#grant").query().isDisabled()).isTrue();
        CodeArea area = codeArea();
        String before = area.getText();
        clickOn(area).write("x = 1");
        assertThat(area.getText()).isEqualTo(before);
        String file = Files.readString(project.resolve("triggers/audit_paid.json"));
        interact(() -> trigger().details().descriptionProperty().set("sneaky"));
        shortcut(KeyCode.S);
        waitUntil(() -> vm().log().lastMessage().contains("may not edit audit_paid"));
        assertThat(Files.readString(project.resolve("triggers/audit_paid.json"))).isEqualTo(file);
        type(KeyCode.ENTER);
    }

    @Test
    void aUserWithoutReadAccessDoesNotSeeTheTriggers() {
        choose(lookup("#acting-user").queryAs(ComboBox.class), "bob · sales");
        assertThat(vm().explorer().hiddenNoteProperty().get()).startsWith("2 triggers are hidden");
        assertThat(lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class))
                .noneMatch(c -> "audit_paid.lua".equals(c.getText()));
    }
}
