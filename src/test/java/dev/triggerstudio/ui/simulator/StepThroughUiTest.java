package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.simulator.model.DiffRow;
import dev.triggerstudio.ui.simulator.model.Position;
import java.util.HashSet;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Running a batch and stepping through its trace with the keyboard. */
class StepThroughUiTest extends SimulatorUiTest {

    @Test
    void walksEveryStepOfACreateAnUpdateAndADeleteWithF10ThenBackWithShiftF10() throws Exception {
        open("ledger");
        runBatch("lifecycle");
        int steps = session().cursor().size();
        Set<String> kinds = new HashSet<>();

        for (int i = 0; i < steps; i++) {
            type(KeyCode.F10);
            assertShowing(i);
            kinds.add(current().op().op());
        }
        type(KeyCode.F10);
        assertShowing(steps - 1);
        for (int i = steps - 2; i >= 0; i--) {
            press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
            assertShowing(i);
        }

        assertThat(kinds).contains("create", "update", "delete");
    }

    private void assertShowing(int index) {
        Position p = session().cursor().positions().get(index);
        assertThat(session().cursor().index()).isEqualTo(index);
        assertThat(lookup("#stepTitle").queryAs(Label.class).getText()).isEqualTo(p.path());
        assertThat(lookup("#timeline").<Position>queryListView().getSelectionModel().getSelectedIndex()).isEqualTo(index);
        TreeTableView<?> tree = lookup("#traceTree").queryAs(TreeTableView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue()).isSameAs(p.step());
    }

    @Test
    void showsTheRecordBeforeAndAfterAStepWithTheChangedCellsHighlighted() throws Exception {
        open("ledger");
        runBatch("lifecycle");

        stepTo(p -> p.op().index() == 0 && p.step().step().equals("before_triggers"));

        TableView<DiffRow> diff = lookup("#diffTable").queryTableView();
        DiffRow discount = diff.getItems().stream().filter(r -> r.field().equals("discount")).findFirst().orElseThrow();
        assertThat(discount.before()).isNull();
        assertThat(discount.after()).isEqualTo(10L);
        assertThat(discount.changed()).isTrue();
        Set<javafx.scene.Node> changedRows = lookup(".table-row-cell").match(n -> n.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("changed"))).queryAll();
        assertThat(changedRows).extracting(r -> ((DiffRow) ((TableRow<?>) r).getItem()).field())
                .contains("discount", "total").doesNotContain("number");
        Set<javafx.scene.Node> highlighted = lookup(".changed-cell").queryAll();
        assertThat(highlighted).extracting(c -> ((TableCell<?, ?>) c).getText()).contains("10");
    }

    @Test
    void choosingAStepInTheTreeMovesTheCursorAndTheTimeline() throws Exception {
        open("ledger");
        runBatch("lifecycle");

        clickOn(lookup(".tree-table-cell").match(n -> "#3 delete invoiceLine — committed"
                .equals(((javafx.scene.control.TreeTableCell<?, ?>) n).getText())).<javafx.scene.Node>query());
        type(KeyCode.RIGHT);
        type(KeyCode.DOWN);

        assertThat(current().op().index()).isEqualTo(3);
        assertThat(current().step().step()).isEqualTo("initialize");
        assertThat(lookup("#timeline").<Position>queryListView().getSelectionModel().getSelectedItem()).isSameAs(current());
    }

    @Test
    void followsARejectedOperationsErrorToItsTriggerLine() throws Exception {
        open("ledger");
        runBatch("stanza_status");

        stepTo(p -> p.step().step().equals("trigger") && "rejected".equals(p.step().status()));

        assertThat(lookup("#errorMessage").queryAs(Label.class).getText())
                .startsWith("A new invoice must be Draft or Sent, not Paid");
        clickOn("#errorLink");
        assertThat(opened).containsExactly(project.resolve("triggers/invoice_status.stanza").toAbsolutePath().normalize() + ":2");
        ListView<?> timeline = lookup("#timeline").queryListView();
        assertThat(timeline.getItems()).hasSize(session().cursor().size());
    }
}
