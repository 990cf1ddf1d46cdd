package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timeline speaks in whole words, has a legend, names each step in full on hover, and logs no CSS warnings (issue 21, items 4 and 10). */
class TimelineUiTest extends SimulatorUiTest {
    private static final Set<String> CODES = Set.of("prm", "val", "hyd", "lkp", "fmt", "BT", "t", "BA", "a", "INS",
            "AT", "AA", "pst", "q", "ret", "mrg", "old", "ini", "UPD", "DEL", "get", "op");
    private final List<String> cssWarnings = new ArrayList<>();
    private final Logger css = Logger.getLogger("javafx.css");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            cssWarnings.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The first simulator of a test JVM starts the language engines: on a busy machine that takes longer than TestFX's 10 s. */
    @org.junit.jupiter.api.BeforeAll
    static void allowASlowFirstWindow() {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(90_000);
    }

    @AfterEach
    void stopCapturing() {
        css.removeHandler(capture);
    }

    @Test
    void cellsUseWholeWordsAndNameTheStepInFullOnHover() throws Exception {
        open("ledger");
        runBatch("stanza_status");
        List<ListCell<?>> cells = visibleCells();
        assertThat(cells).hasSizeGreaterThan(8);
        for (ListCell<?> c : cells) {
            for (String line : c.getText().split("\n")) {
                assertThat(CODES).as("a cryptic code in the timeline").doesNotContain(line.strip());
            }
            assertThat(c.getTooltip()).as(c.getText()).isNotNull();
        }
        assertThat(cells.getFirst().getText()).isEqualTo("#0\nInitialize");
        ListCell<?> before = cells.stream().filter(c -> c.getText().equals("Before\ntriggers")).findFirst().orElseThrow();
        assertThat(before.getTooltip().getText()).startsWith("Before triggers — ").contains("#0 ");
        moveTo(before);
        assertThat(before.getTooltip().getText()).contains("before_triggers");
    }

    @Test
    void aLegendSaysWhatTheColoursAndTheBoldEdgeMean() throws Exception {
        open("ledger");
        HBox legend = lookup("#timelineLegend").queryAs(HBox.class);
        assertThat(legend.getChildren()).filteredOn(n -> n instanceof Label).extracting(n -> ((Label) n).getText())
                .contains("ok", "skipped", "rejected", "failed", "#n", "starts operation n of the batch");
    }

    @Test
    void showingARunLogsNoCssWarnings() throws Exception {
        css.addHandler(capture);
        open("ledger");
        runBatch("stanza_status");
        moveTo("#timeline");
        assertThat(cssWarnings).isEmpty();
    }

    private List<ListCell<?>> visibleCells() {
        List<ListCell<?>> cells = new ArrayList<>(lookup("#timeline .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isVisible() && c.getText() != null).map(c -> (ListCell<?>) c).toList());
        cells.sort(java.util.Comparator.comparingInt(ListCell::getIndex));
        return cells;
    }
}
