package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.simulator.model.Position;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The async queue's own section, and editing a batch in its table. */
class AsyncAndEditorUiTest extends SimulatorUiTest {

    @Test
    void showsAsyncJobsInTheirOwnSectionAndStepsIntoThemAfterTheirOperation() throws Exception {
        open("crm");
        runBatch("lifecycle");
        assertThat(session().trace().async()).isNotEmpty();

        stepTo(p -> p.op().isAsync());

        Position p = current();
        Position before = session().cursor().positions().get(p.order() - 1);
        assertThat(before.op().index()).isEqualTo(p.op().index());
        assertThat(before.step().step()).isEqualTo("return_response");
        assertThat(lookup("#stepTitle").queryAs(Label.class).getText()).startsWith("async automation:account_welcome");
        TreeTableView<?> tree = lookup("#traceTree").queryAs(TreeTableView.class);
        TreeItem<?> section = tree.getSelectionModel().getSelectedItem().getParent().getParent();
        assertThat(section.getValue()).isInstanceOf(TraceTree.Group.class);
        assertThat(((TraceTree.Group) section.getValue()).label()).startsWith("Async jobs (");
    }

    @Test
    void editsARecordCellAndRefusesTextInANumberCell() throws Exception {
        open("ledger");
        interact(() -> session().selectBatch("lifecycle"));
        clickOn("#tabBatch");

        edit("number", 0);
        eraseText(8).write("INV-2002").type(KeyCode.ENTER);
        edit("total", 0);
        write("lots").type(KeyCode.ENTER);

        assertThat(session().batch().toBatch().operations().getFirst().records().getFirst())
                .containsEntry("number", "INV-2002").doesNotContainKey("total");
        assertThat(lookup("#batchMessage").queryAs(Label.class).getText())
                .isEqualTo("total: \"lots\" is not a number; type digits such as 12.5");
    }

    /** Clicks the cell, then starts editing it. */
    @SuppressWarnings("unchecked")
    private void edit(String column, int row) {
        Node cell = lookup("#recordsTable .table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && column.equals(c.getTableColumn().getText()) && c.getIndex() == row).query();
        clickOn(cell);
        TableView<Object> table = lookup("#recordsTable").queryTableView();
        TableColumn<Object, ?> col = (TableColumn<Object, ?>) ((TableCell<?, ?>) cell).getTableColumn();
        interact(() -> table.edit(row, col));
    }
}
