package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.ui.explorer.ExplorerItem;
import java.nio.file.Files;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;

/** The explorer follows the open file, and a file opened at a line shows that line (issue 21, item 8). */
class AuthorNavigationUiTest extends StudioUiTest {

    @Test
    void theExplorerSelectsTheFileOfTheSelectedTab() {
        open("triggers/audit_paid.json");
        assertThat(selectedInExplorer()).isEqualTo("triggers/audit_paid.json");
        open("automations/paid_needs_date.json");
        assertThat(selectedInExplorer()).isEqualTo("automations/paid_needs_date.json");
        interact(() -> studio.window().editorTabs().getSelectionModel().select(0));
        assertThat(selectedInExplorer()).isEqualTo("triggers/audit_paid.json");
    }

    @Test
    void openingAScriptAtALineFarDownShowsThatLineWithTheCaretOnIt() throws Exception {
        StringBuilder long_ = new StringBuilder("local gospel = require(\"gospellua\")\n");
        for (int i = 2; i <= 300; i++) {
            long_.append("-- line ").append(i).append('\n');
        }
        Files.writeString(project.resolve("triggers/audit_paid.lua"), long_.toString());
        interact(() -> vm().reloadProject());
        waitUntil(() -> studio.viewModel().workspace().project().script("audit_paid").contains("line 300"));
        interact(() -> studio.window().jumpTo(Diagnostic.error("triggers/audit_paid.lua", 240, 1, "")));
        waitUntil(() -> studio.window().activePane().map(p -> p.code() != null).orElse(false));
        CodeArea area = codeArea();
        waitUntil(() -> area.getCurrentParagraph() == 239, () -> "caret on paragraph " + area.getCurrentParagraph());
        waitUntil(() -> area.firstVisibleParToAllParIndex() <= 239 && 239 <= area.lastVisibleParToAllParIndex(),
                () -> "visible " + area.firstVisibleParToAllParIndex() + "–" + area.lastVisibleParToAllParIndex());
    }

    private String selectedInExplorer() {
        TreeView<ExplorerItem> tree = lookup("#explorer").queryAs(TreeView.class);
        TreeItem<ExplorerItem> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().path();
    }
}
