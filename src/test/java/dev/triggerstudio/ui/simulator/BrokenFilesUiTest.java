package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.ui.Studio;
import dev.triggerstudio.ui.TestStudio;
import dev.triggerstudio.ui.main.EditorPane;
import dev.triggerstudio.ui.simulator.model.BatchEntry;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real project is messy (issue 16): the IDE opens one with broken files, lists them in
 * Problems, the Simulator lists every valid batch and marks the broken one, and a fix made on
 * disk by another program is picked up without a restart.
 */
@Tag("ui")
class BrokenFilesUiTest extends FxRobot {
    /** What any batch looks like while it is being typed. */
    static final String HALF_WRITTEN = "{\n  \"user\": \"alice\",\n  \"operations\": [\n    {\"op\": \"create\", \"object\": \"acc";
    private Studio studio;
    private SimulatorView view;

    @AfterEach
    void close() throws Exception {
        TestStudio.close(studio);
    }

    private SimulatorView openSimulator(Path project) throws Exception {
        openStudio(project);
        clickOn("#perspective-simulator");
        view = lookup(".simulator-view").queryAs(SimulatorView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.session().batches().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private void openStudio(Path project) throws Exception {
        Path prefs = Files.createTempFile("studio-prefs", ".properties");
        Files.delete(prefs);
        studio = TestStudio.open(project, prefs);
    }

    /** Looked up in the view itself: it leaves the scene when another perspective is shown. */
    @SuppressWarnings("unchecked")
    private ComboBox<String> batchChoice() {
        return (ComboBox<String>) view.lookup("#batchChoice");
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBrokenBatchIsListedAsBrokenOtherBatchesRunAndItsFixOnDiskListsItWithoutARestart() throws Exception {
        Path project = SampleCopy.of("ledger");
        Files.writeString(project.resolve("batches/wip.json"), HALF_WRITTEN);
        openSimulator(project);
        SimulatorSession session = view.session();

        BatchEntry wip = session.batches().stream().filter(b -> b.name().equals("wip")).findFirst().orElseThrow();
        assertThat(wip.broken()).isTrue();
        assertThat(wip.error().path()).isEqualTo("batches/wip.json");
        assertThat(wip.error().line()).isEqualTo(4);
        assertThat(session.batchNames()).contains("stanza_status", "lua_rules").doesNotContain("wip");
        assertThat(batchChoice().getItems()).contains("wip", "stanza_status");

        clickOn("#batchChoice");
        ListCell<?> broken = lookup(".broken-batch").queryAs(ListCell.class);
        assertThat(broken.getText()).startsWith("wip — broken, 4:");
        assertThat(broken.getTooltip().getText()).startsWith("batches/wip.json:4:");
        type(KeyCode.ESCAPE);

        interact(() -> session.selectBatch("stanza_status"));
        clickOn("#traceTree");
        type(KeyCode.F5);
        waitUntil(() -> session.runState() == SimulatorSession.RunState.IDLE && session.trace().operations().size() == 4);
        assertThat(session.status()).doesNotContain("wip");

        // another program finishes the file
        Files.writeString(project.resolve("batches/wip.json"), HALF_WRITTEN + "ount\", \"records\": [{\"name\": \"Wip\"}]}\n  ]\n}\n");
        waitUntil(() -> session.batchNames().contains("wip") && lookup(".broken-batch").tryQuery().isEmpty());
        assertThat(batchChoice().getItems()).contains("wip");
        assertThat(session.batch().name()).as("the batch that ran stays chosen").isEqualTo("stanza_status");
        interact(() -> batchChoice().setValue("wip"));
        assertThat(session.batch().name()).isEqualTo("wip");
        assertThat(session.batch().operations()).hasSize(1);
    }

    /** docs/screenshots/simulator-broken-batch.png with {@code -Dscreenshots=docs}; the list is a popup, so the screen is captured. */
    @Test
    void screenshotOfTheSimulatorWithABrokenBatchListed() throws Exception {
        Path project = SampleCopy.of("ledger");
        Files.writeString(project.resolve("batches/wip.json"), HALF_WRITTEN);
        openSimulator(project);
        interact(() -> view.session().selectBatch("lifecycle"));
        clickOn("#traceTree");
        type(KeyCode.F5);
        waitUntil(() -> view.session().runState() == SimulatorSession.RunState.IDLE && !view.session().trace().operations().isEmpty());
        clickOn("#batchChoice");
        waitUntil(() -> lookup(".broken-batch").tryQuery().isPresent());
        // near the cell's left end, so the tooltip with the whole line fits in the window
        moveTo(lookup(".broken-batch").queryAs(ListCell.class), javafx.geometry.Pos.CENTER_LEFT,
                new javafx.geometry.Point2D(30, 0), org.testfx.robot.Motion.DEFAULT);
        Thread.sleep(1500); // the tooltip with the whole error
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Stage stage = studio.stage();
        var image = capture(new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .getImage();
        Path file = image instanceof javafx.scene.image.WritableImage w ? Shots.write(w, "simulator-broken-batch")
                : Shots.save(this, stage.getScene(), "simulator-broken-batch");
        type(KeyCode.ESCAPE);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    @Test
    void clickingABrokenBatchOpensItsFileAtTheError() throws Exception {
        Path project = SampleCopy.of("ledger");
        Files.writeString(project.resolve("batches/wip.json"), HALF_WRITTEN);
        openSimulator(project);
        String chosen = view.session().batch().name();

        clickOn("#batchChoice");
        clickOn(".broken-batch");
        waitUntil(() -> studio.window().activePane().isPresent());

        assertOpenAtTheError(view.session().batches(), chosen);
    }

    @Test
    void pressingEnterOnABrokenBatchOpensItsFileAtTheError() throws Exception {
        Path project = SampleCopy.of("ledger");
        Files.writeString(project.resolve("batches/aaa_wip.json"), HALF_WRITTEN); // first in the list
        openSimulator(project);
        String chosen = view.session().batch().name();

        clickOn("#batchChoice");
        type(KeyCode.HOME);
        type(KeyCode.ENTER);
        waitUntil(() -> studio.window().activePane().isPresent());

        assertThat(studio.viewModel().activeProperty().get().files()).containsExactly("batches/aaa_wip.json");
        assertThat(batchChoice().getValue()).isEqualTo(chosen);
    }

    private void assertOpenAtTheError(List<BatchEntry> batches, String chosen) {
        Diagnostic error = batches.stream().filter(BatchEntry::broken).findFirst().orElseThrow().error();
        assertThat(lookup("#perspective-author").queryAs(ToggleButton.class).isSelected()).isTrue();
        EditorPane pane = studio.window().activePane().orElseThrow();
        assertThat(pane.document().files()).containsExactly("batches/wip.json");
        assertThat(pane.code().area().getCurrentParagraph() + 1).isEqualTo(error.line());
        assertThat(pane.code().area().getCaretColumn() + 1).isEqualTo(error.column());
        assertThat(batchChoice().getValue()).as("the valid batch stays chosen").isEqualTo(chosen);
    }

    @Test
    void problemsListsEachBrokenFileAtItsPositionAndAClickOpensItThere() throws Exception {
        Path project = SampleCopy.of("ledger");
        Files.writeString(project.resolve("batches/wip.json"), HALF_WRITTEN);
        Files.writeString(project.resolve("tests/wip.json"), "{\n  \"batch\": {\"user\": \"alice\", \"operations\": [");
        Path account = project.resolve("objects/account.json");
        Files.writeString(account, Files.readString(account).replace("\"type\": \"number\"", "\"type\": \"nummber\""));
        openStudio(project);
        @SuppressWarnings("unchecked")
        TableView<Diagnostic> problems = lookup("#problems").queryAs(TableView.class);
        waitUntil(() -> problems.getItems().stream().map(Diagnostic::path).toList()
                .containsAll(List.of("batches/wip.json", "tests/wip.json", "objects/account.json")));

        Diagnostic test = problems.getItems().stream().filter(d -> d.path().equals("tests/wip.json")).findFirst().orElseThrow();
        int row = problems.getItems().indexOf(test);
        interact(() -> problems.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(from(problems).lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == row && test.equals(r.getItem()))
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> studio.window().activePane().isPresent());
        EditorPane pane = studio.window().activePane().orElseThrow();
        assertThat(pane.document().files()).containsExactly("tests/wip.json");
        assertThat(pane.code().area().getCurrentParagraph() + 1).isEqualTo(test.line());
        assertThat(pane.code().area().getCaretColumn() + 1).isEqualTo(test.column());

        clickOn("#perspective-simulator");
        view = lookup(".simulator-view").queryAs(SimulatorView.class);
        waitUntil(() -> !view.session().batches().isEmpty());
        assertThat(view.session().blockingProblems()).extracting(Diagnostic::path).contains("objects/account.json");
        assertThat(view.session().batches()).anyMatch(b -> b.name().equals("wip") && b.broken());
    }

    @Test
    void aNewBatchIsListedAtOnceAndStaysListedOnceSaved() throws Exception {
        Path project = SampleCopy.of("ledger");
        openSimulator(project);
        interact(() -> view.session().newBatch("fresh"));
        assertThat(batchChoice().getItems()).contains("fresh");
        clickOn("#tabBatch");
        clickOn("#saveBatch");
        waitUntil(() -> Files.exists(project.resolve("batches/fresh.json")));
        assertThat(batchChoice().getItems()).contains("fresh");
        assertThat(batchChoice().getValue()).isEqualTo("fresh");
        // the save reaches the disk watcher and the project is read again: the batch stays listed and chosen
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(batchChoice().getItems()).contains("fresh");
        assertThat(batchChoice().getValue()).isEqualTo("fresh");
    }
}
