package dev.triggerstudio.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.Studio;
import dev.triggerstudio.ui.TestStudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Insight perspective inside the IDE's main window: a click on a cycle's trigger opens its script. */
@Tag("ui")
class MainWindowInsightTest extends FxRobot {
    @TempDir
    Path dir;
    private Studio studio;

    @AfterEach
    void close() throws Exception {
        TestStudio.close(studio);
    }

    private void openStudio(Path project) throws Exception {
        Path prefs = Files.createTempFile("studio-prefs", ".properties");
        Files.delete(prefs);
        studio = TestStudio.open(project, prefs);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> studio.isLoaded()); // the IDE reads the project in the background
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long sql(Path root, String query) {
        var p = dev.triggerstudio.model.ProjectLoader.load(root);
        try (var store = dev.triggerstudio.engine.Simulator.openStore(p, null, false)) {
            return ((Number) store.query(query).getFirst().get("n")).longValue();
        }
    }

    @Test
    void theRunWhenBuilderCountsTheMatchingRecordsAsConditionsAreEdited() throws Exception {
        Path project = new dev.triggerstudio.beyond.LedgerCopy(dir).root;
        openStudio(project);
        interact(() -> studio.viewModel().openPath("triggers/invoice_totals.json"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#tab-run-when");
        long all = sql(project, "select count(*) as n from invoice");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count().startsWith(all + " of " + all + " "));

        var trigger = (dev.triggerstudio.ui.trigger.TriggerEditorViewModel) studio.viewModel().activeProperty().get();
        interact(() -> {
            var rw = trigger.runWhen();
            rw.addCondition();
            var row = rw.rows().getLast();
            rw.changeField(row, "status");
            rw.changePredicate(row, dev.triggerstudio.model.Predicate.EQUALS);
            rw.changeValue(row, "Paid");
        });
        long paid = sql(project, "select count(*) as n from invoice where status = 'Paid'");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count().startsWith(paid + " of " + all + " "));

        assertThat(paid).isLessThan(all);
    }

    private String count() {
        return lookup("#runwhen-lens-count").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void theInsightPerspectiveDrawsTheProjectsCycleAndOpensANodeInTheAuthorPerspective() throws Exception {
        Path project = InsightFixtures.twoTriggerCycle(dir).root;
        openStudio(project);

        clickOn("#perspective-insight");
        // the cascade analysis runs in the background: the graph is drawn when it is done
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#cascade-node-trigger_line_rollup").tryQuery().isPresent());
        Label node = lookup("#cascade-node-trigger_line_rollup").queryAs(Label.class);
        assertThat(node.getStyle()).contains("#d32f2f");
        clickOn(node);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.viewModel().activeProperty().get() != null
                && studio.viewModel().activeProperty().get().files().contains("triggers/line_rollup.lua"));

        assertThat(lookup("#perspective-author").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(Files.exists(project.resolve(".studio"))).as("the insight views write nothing to the project").isFalse();
    }
}
