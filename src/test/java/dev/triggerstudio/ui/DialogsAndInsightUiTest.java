package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** The export dialog says what it is and where it ends; golden traces are recorded from Insight (issue 21, item 10). */
class DialogsAndInsightUiTest extends StudioUiTest {

    @Test
    void theExportDialogHasATitleInsideItAndABorder() {
        shortcut(KeyCode.E);
        waitUntil(() -> lookup("#export-title").tryQuery().isPresent());
        assertThat(lookup("#export-title").queryAs(Label.class).getText()).isEqualTo("Export trigger bundle");
        Region root = lookup("#export-dialog").queryAs(Region.class);
        assertThat(root.getBorder()).isNotNull();
        assertThat(root.getBorder().getStrokes()).isNotEmpty();
        type(KeyCode.ESCAPE);
    }

    @Test
    void aGoldenTraceIsRecordedFromInsightAndThenCompared() {
        Path golden = project.resolve("tests/pay.trace.json");
        assertThat(golden).doesNotExist();
        clickOn("#perspective-insight");
        waitUntil(() -> lookup("#insight-golden-record").tryQuery().isPresent());
        clickOn("Golden traces");
        Button record = lookup("#insight-golden-record").queryAs(Button.class);
        Button compare = lookup("#insight-golden-run").queryAs(Button.class);
        assertThat(compare.isDisabled()).as("nothing to compare with yet").isTrue();
        clickOn(record);
        // writing tests/pay.trace.json makes the IDE read the project again, which rebuilds the tab: look again
        waitUntil(() -> status().startsWith("Recorded"), this::status);
        assertThat(status()).startsWith("Recorded tests/pay.trace.json");
        assertThat(golden).exists();
        assertThat(readable(golden)).contains("\"steps\"");
        waitUntil(() -> lookup("#insight-golden-run").tryQuery().map(b -> !b.isDisabled() && b.getScene() != null)
                .orElse(false), this::status);
        sleepWhileTheProjectIsReadAgain();
        clickOn(lookup("#insight-golden-run").queryAs(Button.class));
        waitUntil(() -> lookup("Same behaviour: no differences.").tryQuery().isPresent(), this::status);
    }

    @Test
    void afterALimitsRunTheLensKeepsTheChosenTriggerAndCountsItsRecords() {
        clickOn("#perspective-insight");
        waitUntil(() -> lookup("#limits-run").tryQuery().isPresent());
        clickOn("Limits");
        clickOn("#limits-run");
        Label limits = lookup("#limits-status").queryAs(Label.class);
        waitUntil(() -> !lookup("#limits-run").queryAs(Button.class).isDisabled() && !limits.getText().isEmpty(),
                limits::getText);
        clickOn("Run When lens");
        javafx.scene.control.ComboBox<?> triggers = lookup("#insight-lens-trigger").queryAs(javafx.scene.control.ComboBox.class);
        choose(triggers, "invoice_totals");
        Label count = lookup("#runwhen-lens-count").queryAs(Label.class);
        waitUntil(() -> count.getText().contains(" of "), count::getText);
        assertThat(triggers.getValue()).isEqualTo("invoice_totals");
        choose(triggers, "audit_paid");
        waitUntil(() -> count.getText().contains(" of ") && "audit_paid".equals(triggers.getValue()), count::getText);
        choose(triggers, "invoice_totals");
        waitUntil(() -> count.getText().contains(" of ") && "invoice_totals".equals(triggers.getValue()), count::getText);
        // a save or a change on disk reads the project again and rebuilds the panel: the pick stays
        interact(() -> vm().reloadProject());
        waitUntil(() -> lookup("#insight-lens-trigger").tryQuery()
                .map(n -> ((javafx.scene.control.ComboBox<?>) n) != triggers).orElse(false));
        waitUntil(() -> "invoice_totals".equals(lookup("#insight-lens-trigger").queryAs(javafx.scene.control.ComboBox.class)
                .getValue()) && lookup("#runwhen-lens-count").queryAs(Label.class).getText().contains(" of "),
                () -> lookup("#runwhen-lens-count").queryAs(Label.class).getText());
    }

    private String status() {
        return lookup("#insight-golden-status").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The recording's file event arrives a moment later and rebuilds the tab once more; let it settle. */
    private void sleepWhileTheProjectIsReadAgain() {
        waitUntil(() -> !((dev.triggerstudio.ui.insight.InsightPanel) lookup("#insight").query()).analysingProperty().get());
        org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        waitUntil(() -> !((dev.triggerstudio.ui.insight.InsightPanel) lookup("#insight").query()).analysingProperty().get());
    }

    private static String readable(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
