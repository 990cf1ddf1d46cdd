package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Screenshots for the README: a trace with a diff, a rejected run, the store browser. */
class ScreenshotsTest extends SimulatorUiTest {

    @Test
    void screenshotsTheTraceWithADiffARejectedRunAndTheStoreBrowser() throws Exception {
        open("ledger");
        runBatch("lifecycle");
        stepTo(p -> p.op().number() == 2 && p.step().step().equals("merge_data"));
        Path diff = Shots.save(this, scene, "trace-diff");

        runBatch("stanza_status");
        stepTo(p -> p.step().step().equals("trigger") && "rejected".equals(p.step().status()));
        Path rejected = Shots.save(this, scene, "rejected-run");

        clickOn("#tabStore");
        interact(() -> lookup("#storeObject").queryComboBox().setValue("invoice"));
        waitUntil(() -> !lookup("#storeTable").queryTableView().getItems().isEmpty());
        Path store = Shots.save(this, scene, "store-browser");

        for (Path p : new Path[] {diff, rejected, store}) {
            assertThat(Files.size(p)).isGreaterThan(10_000);
        }
    }
}
