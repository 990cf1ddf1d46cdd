package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Limits;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.simulator.model.LimitUsage;
import dev.triggerstudio.ui.simulator.model.Position;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Trace tree, outbox and batch editor details of issue 21 (items 5, 6, 9). */
class SimulatorDetailsUiTest extends SimulatorUiTest {

    @Test
    void enterOrADoubleClickOnAnAutomationNodeOpensItsSource() throws Exception {
        open("ledger");
        runBatch("lifecycle");
        stepTo(p -> "automation".equals(p.step().step()) && !"skipped".equals(p.step().status()));
        TraceNode automation = current().step();
        Node row = lookup(".tree-table-row-cell").match((Node n) -> n instanceof TreeTableRow<?> r && r.getItem() == automation)
                .query();
        clickOn(row);
        type(KeyCode.ENTER);
        assertThat(opened).singleElement().asString().matches(".*automations/\\w+\\.json:\\d+");
        doubleClickOn(row);
        assertThat(opened).hasSize(2);
        assertThat(opened.get(1)).isEqualTo(opened.get(0));
    }

    @Test
    void aPhaseShowsTheLimitsItsTriggersUsedTogether() throws Exception {
        open("ledger");
        runBatch("stanza_status");
        Position phase = session().cursor().positions().stream()
                .filter(p -> "before_triggers".equals(p.step().step()) && p.step().children().stream()
                        .anyMatch(c -> "trigger".equals(c.step()) && !c.metrics().isEmpty()))
                .findFirst().orElseThrow();
        String used = LimitUsage.text(phase.step(), Limits.DEFAULTS);
        assertThat(used).contains("fuel");
        long childFuel = phase.step().children().stream().filter(c -> c.metrics().get("instructions") instanceof Number)
                .mapToLong(c -> ((Number) c.metrics().get("instructions")).longValue()).sum();
        assertThat(used).contains("fuel " + childFuel + "/");
    }

    @Test
    void theOutboxCountsInWordsAndOpensAPayloadInFull() throws Exception {
        open("ledger");
        runBatch("lifecycle");
        clickOn("#tabOutbox");
        TableView<Map<String, Object>> table = lookup("#outboxTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        Label count = lookup("#outboxCount").queryAs(Label.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(count.getText()).isEqualTo("1 entry");
        interact(() -> table.getSelectionModel().select(0));
        String payload = String.valueOf(table.getItems().getFirst().get("payload"));
        TextArea full = lookup("#outboxPayload").queryAs(TextArea.class);
        assertThat(full.getText()).isEqualTo(Payloads.pretty(payload));
        assertThat(full.getText().replaceAll("\\s", "")).isEqualTo(payload.replaceAll("\\s", ""));
    }

    @Test
    void aPicklistValuePickedWithTheMouseIsKept() throws Exception {
        open("ledger");
        interact(() -> session().selectBatch("lifecycle"));
        clickOn("#tabBatch");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> records = lookup("#recordsTable").queryAs(TableView.class);
        int column = records.getColumns().stream().map(c -> c.getText()).toList().indexOf("status");
        Node cell = lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableView() == records
                && c.getIndex() == 0 && c.getTableColumn() == records.getColumns().get(column)).query();
        ComboBox<?> box = from(cell).lookup(".combo-box").queryAs(ComboBox.class);
        clickOn(box);
        Node paid = lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && "Paid".equals(c.getText())
                && c.getScene() != records.getScene()).query();
        clickOn(paid);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().batch().cellText(0, 0, "status")).isEqualTo("Paid");
    }
}
