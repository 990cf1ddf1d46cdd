package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.ui.simulator.model.HistoryEntry;
import dev.triggerstudio.ui.simulator.model.SimulatorSession.RunState;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/** The store browser, Reset store, cancelling a long run, and the batch editor's validation. */
class StoreAndRunUiTest extends SimulatorUiTest {

    private TableView<Map<String, Object>> storeTable() {
        return lookup("#storeTable").queryTableView();
    }

    private void browse(String object) {
        clickOn("#tabStore");
        interact(() -> lookup("#storeObject").<String>queryComboBox().setValue(object));
    }

    @Test
    void resettingTheStoreBringsBackTheSeedRecords() throws Exception {
        open("ledger");
        browse("invoice");
        waitUntil(() -> !storeTable().getItems().isEmpty());
        int seeded = storeTable().getItems().size();
        clickOn("#tabTrace");
        runBatch("lifecycle");

        browse("invoice");
        waitUntil(() -> storeTable().getItems().size() == seeded + 1);
        clickOn("#resetButton");

        waitUntil(() -> storeTable().getItems().size() == seeded);
        assertThat(lookup("#status").queryLabeled().getText()).isEqualTo("Store reset from data/");
    }

    @Test
    void filtersTheStoreByRunWhenConditionsAndShowsARecordsHistory() throws Exception {
        open("ledger");
        runBatch("lifecycle");
        browse("invoice");
        waitUntil(() -> storeTable().getItems().size() > 1);

        interact(() -> lookup("#filterField").<String>queryComboBox().setValue("status"));
        clickOn("#filterValue").write("Sent");
        clickOn("#addFilter");

        assertThat(storeTable().getItems()).singleElement().extracting(r -> r.get("number")).isEqualTo("INV-1001");
        interact(() -> storeTable().getSelectionModel().select(0));
        ListView<HistoryEntry> history = lookup("#historyList").queryListView();
        assertThat(history.getItems()).extracting(HistoryEntry::summary)
                .anySatisfy(s -> assertThat(s).startsWith("#0 create invoice › hydrate"))
                .anySatisfy(s -> assertThat(s).startsWith("#2 update invoice › merge_data"));
    }

    @Test
    void showsTheStoreAsItStoodAtTheCurrentStep() throws Exception {
        open("ledger");
        browse("invoice");
        waitUntil(() -> !storeTable().getItems().isEmpty());
        int seeded = storeTable().getItems().size();
        clickOn("#tabTrace");
        runBatch("lifecycle");
        stepTo(p -> p.op().index() == 0 && p.step().step().equals("before_triggers"));
        browse("invoice");
        waitUntil(() -> storeTable().getItems().size() == seeded + 1);

        clickOn("#asOfStep");

        assertThat(storeTable().getItems()).hasSize(seeded);
        clickOn("#tabTrace");
        stepTo(p -> p.op().index() == 0 && p.step().step().equals("database_insert"));
        clickOn("#tabStore");
        assertThat(storeTable().getItems()).hasSize(seeded + 1);
        assertThat(storeTable().getItems()).extracting(r -> r.get("number")).contains("INV-1001");
    }

    @Test
    void cancelsALongRunWhileTheWindowKeepsResponding() throws Exception {
        project = SampleCopy.of("ledger");
        SampleCopy.accountsBatch(project, "many", 3000, false);
        open(project);
        interact(() -> session().selectBatch("many"));

        clickOn("#runButton");
        waitUntil(() -> session().progress() > 0.01);
        assertThat(session().runState()).isEqualTo(RunState.RUNNING);
        clickOn("#cancelButton");
        waitUntil(() -> session().runState() == RunState.IDLE);

        assertThat(session().status()).startsWith("Cancelled");
        long committed = session().trace().operations().stream().filter(o -> "committed".equals(o.status())).count();
        assertThat(committed).isBetween(1L, 2999L);
        OperationTrace last = session().trace().operations().getLast();
        assertThat(last.error().message()).contains("cancelled by the user");
    }

    @Test
    void showsWhereTypedBatchJsonIsWrong() throws Exception {
        open("ledger");
        clickOn("#tabBatch");
        clickOn("JSON");
        TextArea json = lookup("#batchJson").queryAs(TextArea.class);
        interact(() -> json.setText("{\"operations\": [\n  {\"op\": \"create\", \"object\": \"invoice\", \"records\": [{\"numbr\": 1}]}]}"));

        clickOn("#applyJson");

        ListView<String> problems = lookup("#batchProblems").queryListView();
        assertThat(problems.getItems()).singleElement().asString().startsWith("batches/clerk.json:2:")
                .contains("unknown field \"numbr\"");
        ComboBox<String> batches = lookup("#batchChoice").queryComboBox();
        assertThat(batches.getValue()).isEqualTo("clerk");
    }
}
