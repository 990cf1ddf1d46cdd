package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Mouse: build a three-row Run When with All/Any, undo and redo it, save and read the file back. */
class RunWhenUiTest extends StudioUiTest {
    static final String ORIGINAL = "Runs when Status is equal to Draft";
    static final String BUILT = "Runs when Status is equal to Draft or Total is greater than 1000 or Note is empty";

    private Node row(int index) {
        return lookup(".condition-row").queryAll().stream().toList().get(index);
    }

    private String preview() {
        return lookup("#run-when-preview").queryAs(Label.class).getText();
    }

    private void buildThreeRows() {
        open("triggers/invoice_totals.json");
        clickOn("#tab-run-when");
        clickOn("#add-condition");
        clickOn("#add-condition");
        choose(from(row(1)).lookup(".condition-field").queryAs(ComboBox.class), "Total");
        choose(from(row(1)).lookup(".condition-predicate").queryAs(ComboBox.class), "is greater than");
        clickOn(from(row(1)).lookup(".condition-value").queryAs(TextField.class)).write("1000").type(KeyCode.ENTER);
        choose(from(row(2)).lookup(".condition-field").queryAs(ComboBox.class), "Note (hidden)");
        choose(from(row(2)).lookup(".condition-predicate").queryAs(ComboBox.class), "is empty");
        clickOn("#match-any");
    }

    @Test
    void threeConditionsMatchingAnyReadAsOneSentence() {
        buildThreeRows();
        assertThat(preview()).isEqualTo(BUILT);
        clickOn("#match-all");
        assertThat(preview()).isEqualTo(BUILT.replace(" or ", " and "));
    }

    @Test
    void undoTakesTheBuilderBackStepByStepAndRedoRebuildsIt() {
        buildThreeRows();
        clickOn("#run-when-preview");
        for (int i = 0; i < 8; i++) {
            shortcut(KeyCode.Z);
        }
        assertThat(preview()).isEqualTo(ORIGINAL);
        assertThat(lookup(".condition-row").queryAll()).hasSize(1);
        for (int i = 0; i < 8; i++) {
            shortcut(KeyCode.Y);
        }
        assertThat(preview()).isEqualTo(BUILT);
        assertThat(lookup(".condition-row").queryAll()).hasSize(3);
    }

    @Test
    void savingChangesOnlyWhatTheEditChangedInTheUsersLayout() throws Exception {
        buildThreeRows();
        clickOn("#tab-permissions");
        choose(lookup("#grant-group").queryAs(ComboBox.class), "sales");
        choose(lookup("#grant-access").queryAs(ComboBox.class), "read this definition");
        clickOn("#grant");
        assertThat(lookup("#editor-tabs .tab-label").queryLabeled().getText()).startsWith("● ");
        shortcut(KeyCode.S);
        waitUntil(() -> !vm().openDocuments().getFirst().isDirty());
        // The save is a minimal edit of the user's own text: their one-line layout and key order
        // stay, only run_when and permissions change, and no default keys appear.
        assertThat(Files.readString(project.resolve("triggers/invoice_totals.json"))).isEqualTo("""
                {"id": "invoice_totals", "object": "invoice", "language": "stanza", "timing": "before",
                 "events": ["create", "update"], "order": 10, "active": true, "owner": "alice",
                 "run_when": {"match": "any", "conditions": [{"field": "status", "predicate": "equals", "value": "Draft"}, \
                {"field": "total", "predicate": "greater_than", "value": 1000}, {"field": "note", "predicate": "is_empty"}]},
                 "permissions": [{"group": "finance", "access": "read_edit"}, {"group": "sales", "access": "read"}]}
                """);
        assertThat(Files.readString(project.resolve("triggers/invoice_totals.stanza")))
                .isEqualTo(SampleProject.files().get("triggers/invoice_totals.stanza"));
        assertThat(lookup("#editor-tabs .tab-label").queryLabeled().getText()).isEqualTo("invoice_totals.stanza");
    }
}
