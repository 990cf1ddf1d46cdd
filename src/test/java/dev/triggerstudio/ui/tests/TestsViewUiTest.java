package dev.triggerstudio.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.engine.coverage.Coverage;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.ui.Studio;
import dev.triggerstudio.ui.TestStudio;
import dev.triggerstudio.ui.simulator.SampleCopy;
import dev.triggerstudio.ui.simulator.Shots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run all tests in the IDE (Ctrl+Shift+F9) on a copy of the ledger sample: pass or fail per test
 * and coverage per trigger as the engine counts them for {@code ./studio test --coverage}, then
 * covered and uncovered lines marked in the editor's gutter, moving with the lines as the text
 * is edited. Also: breakpoints stay on their code when lines are inserted or deleted above them.
 */
@Tag("ui")
class TestsViewUiTest extends FxRobot {
    private static final String SCRIPT = "triggers/invoice_fields.lua";
    private Studio studio;
    private Path project;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @AfterEach
    void close() throws Exception {
        TestStudio.close(studio);
    }

    private CodeArea openScript() throws Exception {
        project = SampleCopy.of("ledger");
        Path prefs = Files.createTempFile("studio-prefs", ".properties");
        Files.delete(prefs);
        studio = TestStudio.open(project, prefs);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> studio.isLoaded());
        interact(() -> studio.viewModel().openPath(SCRIPT));
        WaitForAsyncUtils.waitForFxEvents();
        CodeArea area = studio.window().activePane().orElseThrow().code().area();
        clickOn(area);
        return area;
    }

    @Test
    void runsAllTestsThenMarksCoveredAndUncoveredLinesWithTheEnginesCoverage() throws Exception {
        CodeArea area = openScript();
        assertThat(mark(area, 4)).as("no marks before a run").isNull();

        push(new KeyCodeCombination(KeyCode.F9, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        TestsView view = studio.window().tests();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !view.viewModel().runningProperty().get()
                && !view.viewModel().tests().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#bottom-panels").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tab-tests");
        Engine engine = engine();
        assertThat(rows(view.testsTable(), 1)).containsExactlyElementsOf(engine.tests);
        assertThat(rows(view.testsTable(), 0)).containsExactlyElementsOf(engine.results);
        String percent = cell(view.coverageTable(), "invoice_fields", 2);
        assertThat(percent).isEqualTo(engine.percent("triggers/invoice_fields.lua")).isEqualTo("55%");
        assertThat(cell(view.coverageTable(), "invoice_fields", 1)).isEqualTo("5 of 9");

        // line 4 runs in every test that creates an invoice; line 7 only when account has no tier field
        assertThat(mark(area, 4)).isEqualTo("cov-covered");
        assertThat(mark(area, 7)).isEqualTo("cov-uncovered");
        assertThat(mark(area, 3)).as("a comment is not executable").isNull();
        assertThat(view.viewModel().statusProperty().get()).endsWith("covered (" + engine.totalPercent() + ")");
        Shots.save(this, area.getScene(), "coverage");

        interact(() -> area.moveTo(0, 0));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark(area, 5)).as("line 4's code is now line 5").isEqualTo("cov-covered");
        assertThat(mark(area, 8)).isEqualTo("cov-uncovered");
        assertThat(mark(area, 1)).as("the new empty line").isNull();
    }

    @Test
    void aBreakpointStaysOnItsCodeWhenLinesAreInsertedOrDeletedAboveItAndIsSavedThere() throws Exception {
        CodeArea area = openScript();
        clickOn(lookupGutter(area, 13));
        assertThat(breakpointLines()).containsExactly(13);

        interact(() -> area.moveTo(0, 0));
        type(KeyCode.ENTER, KeyCode.ENTER); // two lines above: line 13's code is on line 15
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(breakpointLines()).containsExactly(15);
        assertThat(Files.readString(project.resolve(".studio/breakpoints.json"))).contains("\"line\" : 15");
        assertThat(lookupGutter(area, 15).lookup(".bp-marker").getStyleClass()).contains("bp-plain");

        interact(() -> area.moveTo(5, 0)); // the start of line 6, "definition = …"
        push(new KeyCodeCombination(KeyCode.END, KeyCombination.SHIFT_DOWN));
        push(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN));
        type(KeyCode.DELETE); // line 6 deleted with its line break
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getParagraph(5).getText()).startsWith("fields = ");
        assertThat(breakpointLines()).containsExactly(14);
        assertThat(Files.readString(project.resolve(".studio/breakpoints.json"))).contains("\"line\" : 14");
        assertThat(area.getParagraph(13).getText()).contains("rejectTransaction(\"Field discount");
    }

    private List<Integer> breakpointLines() {
        return dev.triggerstudio.ui.debugger.Breakpoints.of(project).inScript(SCRIPT).stream()
                .map(dev.triggerstudio.ui.debugger.Breakpoint::line).toList();
    }

    private Node lookupGutter(CodeArea area, int line) {
        return from(area).lookup("#gutter-" + line).query();
    }

    /** The coverage class on a line's gutter mark, or null. */
    private String mark(CodeArea area, int line) {
        Node gutter = lookupGutter(area, line);
        Node mark = gutter.lookup(".line-mark");
        return mark.getStyleClass().stream().filter(c -> c.startsWith("cov-")).findFirst().orElse(null);
    }

    private static <S> List<String> rows(TableView<S> table, int column) {
        return table.getItems().stream().map(item -> String.valueOf(table.getColumns().get(column).getCellData(item))).toList();
    }

    private static <S> String cell(TableView<S> table, String first, int column) {
        return table.getItems().stream().filter(i -> first.equals(table.getColumns().getFirst().getCellData(i)))
                .map(i -> String.valueOf(table.getColumns().get(column).getCellData(i))).findFirst().orElseThrow();
    }

    /** The same tests run by the engine as {@code ./studio test --coverage} runs them, on the same copy. */
    private Engine engine() {
        Project p = ProjectLoader.load(project);
        Coverage coverage = new Coverage(p);
        List<ProjectTests.Outcome> outcomes = new ProjectTests(p, ScriptRuntimes.standard()).runAll(n -> true, coverage);
        return new Engine(outcomes.stream().map(o -> "tests/" + o.name() + ".json").toList(),
                outcomes.stream().map(o -> o.passed() ? "PASS" : "FAIL").toList(), coverage.lcov());
    }

    private record Engine(List<String> tests, List<String> results, String lcov) {
        /** LH / LF of the script's LCOV record, in whole percent rounded down. */
        String percent(String path) {
            Matcher m = Pattern.compile("SF:" + Pattern.quote(path) + "\n(?:DA:.*\n)*LF:(\\d+)\nLH:(\\d+)\n").matcher(lcov);
            assertThat(m.find()).as("LCOV record of " + path).isTrue();
            return (int) Math.floor(100.0 * Integer.parseInt(m.group(2)) / Integer.parseInt(m.group(1))) + "%";
        }

        String totalPercent() {
            Matcher m = Pattern.compile("LF:(\\d+)\nLH:(\\d+)\n").matcher(lcov);
            int lf = 0;
            int lh = 0;
            while (m.find()) {
                lf += Integer.parseInt(m.group(1));
                lh += Integer.parseInt(m.group(2));
            }
            return (int) Math.floor(100.0 * lh / lf) + "%";
        }
    }
}
