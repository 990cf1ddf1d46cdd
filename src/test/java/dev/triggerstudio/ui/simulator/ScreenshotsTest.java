package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Screenshots for the README: a trace with a diff, a rejected run, the store browser. Written to
 * docs/screenshots with {@code -Dscreenshots=docs}, else to target/screenshots.
 */
class ScreenshotsTest extends SimulatorUiTest {

    @Test
    void screenshotsTheTraceWithADiffARejectedRunAndTheStoreBrowser() throws Exception {
        open("ledger");
        runBatch("lifecycle");
        stepTo(p -> p.op().index() == 0 && p.step().step().equals("before_triggers"));
        Path diff = Shots.save(this, scene, "trace-diff");

        runBatch("stanza_status");
        stepTo(p -> p.op().index() == 3 && p.step().step().equals("trigger") && "rejected".equals(p.step().status()));
        Path rejected = Shots.save(this, scene, "rejected-run");

        clickOn("#tabStore");
        interact(() -> lookup("#storeObject").<String>queryComboBox().setValue("invoice"));
        TableView<Map<String, Object>> table = lookup("#storeTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 2);
        interact(() -> lookup("#filterField").<String>queryComboBox().setValue("status"));
        interact(() -> lookup("#filterPredicate").<javafx.scene.control.ChoiceBox<dev.triggerstudio.model.Predicate>>query()
                .setValue(dev.triggerstudio.model.Predicate.IN));
        clickOn("#filterValue").write("Sent, Paid");
        clickOn("#addFilter");
        interact(() -> table.getSelectionModel().select(0));
        Path store = Shots.save(this, scene, "store-browser");

        for (Path p : new Path[] {diff, rejected, store}) {
            assertThat(Files.size(p)).isGreaterThan(10_000);
        }
    }
}
