package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.explorer.ExplorerItem;
import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;

class MainWindowTest extends StudioUiTest {

    @Test
    void explorerListsEveryCategoryOfTheProject() {
        TreeView<ExplorerItem> tree = lookup("#explorer").queryAs(TreeView.class);
        List<String> categories = tree.getRoot().getChildren().stream().map(t -> t.getValue().label()).toList();
        assertThat(categories).containsExactly("Objects", "Triggers", "Automations", "Configs", "Data", "Batches", "Tests");
        TreeItem<ExplorerItem> triggers = tree.getRoot().getChildren().get(1);
        assertThat(triggers.getChildren()).extracting(t -> t.getValue().label())
                .containsExactly("audit_paid.lua", "invoice_totals.stanza");
    }
}
