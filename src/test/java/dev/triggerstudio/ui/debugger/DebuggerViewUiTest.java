package dev.triggerstudio.ui.debugger;

import static dev.triggerstudio.ui.debugger.TestRecording.locals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.common.FxTaskExecutor;
import dev.triggerstudio.ui.debugger.Recording.RecordEffect;
import dev.triggerstudio.ui.debugger.TestRecording.TestRun;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The debugger view in a real window, driven by keys and clicks over a hand-written recording. */
@Tag("ui")
class DebuggerViewUiTest extends FxRobot {
    @TempDir
    Path project;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private final TestRecording recording = new TestRecording();
    private TestRun a;
    private TestRun b;
    private DebuggerView view;

    @BeforeEach
    void open() throws Exception {
        TestRun nested = recording.run("child", "triggers/child.lua", 1).lines(1, 2);
        a = recording.run("totals", "triggers/totals.py", 0)
                .line(1, locals("x", 1L, "record", locals("id", "r1", "priority", 1L)))
                .line(2, locals("x", 1L, "record", locals("id", "r1", "priority", 1L)))
                .line(3, locals("x", 2L, "record", locals("id", "r1", "priority", 1L))).calls(nested)
                .line(4, locals("x", 3L, "record", locals("id", "r1", "priority", 2L)));
        a.records.add(new RecordEffect("r1", Map.of("priority", 1L), Map.of("priority", 2L), Map.of("priority", 3)));
        b = recording.run("totals", "triggers/totals.py", 0)
                .line(1, locals("x", 1L, "record", locals("id", "r2", "priority", 5L)))
                .line(2, locals("x", 1L, "record", locals("id", "r2", "priority", 5L)));
        FxToolkit.registerPrimaryStage();
        AtomicReference<DebuggerView> made = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            DebuggerViewModel vm = new DebuggerViewModel(executor, s -> s.endsWith(".py")
                    ? "x = 1\nif x:\n    x = 2\nrecord['priority'] = 2\nnever_reached()\n" : "a\nb\n", Breakpoints.of(project));
            made.set(new DebuggerView(vm));
            Scene scene = new Scene(made.get(), 1200, 800);
            dev.triggerstudio.ui.main.Themes.apply(scene, false);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            vm.open(recording, a);
        });
        view = made.get();
        settle();
        clickOn("#debugCode");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String at() {
        Frame f = view.viewModel().frame();
        return (f.moment().run() == a ? "A" : f.moment().run() == b ? "B" : "N") + f.line();
    }

    /**
     * Presses a key on the focused control. The event is fired rather than typed through the X
     * server: on a loaded machine Xvfb's autorepeat turns one slow press into several steps.
     */
    private void key(KeyCode... keys) throws Exception {
        java.util.List<KeyCode> k = java.util.List.of(keys);
        KeyCode code = keys[keys.length - 1];
        interact(() -> view.getScene().getFocusOwner().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code,
                k.contains(KeyCode.SHIFT), k.contains(KeyCode.CONTROL), k.contains(KeyCode.ALT), false)));
        settle();
    }

    /** Fills a text field as typing would, without the X server's autorepeat (see {@link #key}). */
    private void fill(String query, String text) {
        TextField field = lookup(query).queryAs(TextField.class);
        interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    @Test
    void stepsForwardsAndBackwardsWithTheKeys() throws Exception {
        assertThat(at()).isEqualTo("A1");
        assertThat(view.lineStyle(1)).isEqualTo("debug-current");
        assertThat(view.lineStyle(5)).isEqualTo("debug-unreached");
        key(KeyCode.F8);
        key(KeyCode.F8);
        assertThat(at()).isEqualTo("A3");
        assertThat(view.lineStyle(3)).isEqualTo("debug-current");
        assertThat(view.lineStyle(1)).isEqualTo("debug-executed");
        key(KeyCode.F7);
        assertThat(at()).isEqualTo("N1");
        key(KeyCode.SHIFT, KeyCode.F8);
        assertThat(at()).isEqualTo("A4");
        key(KeyCode.ALT, KeyCode.F8);
        assertThat(at()).isEqualTo("A3");
        key(KeyCode.ALT, KeyCode.F7);
        assertThat(at()).isEqualTo("A2");
        key(KeyCode.F10);
        assertThat(at()).isEqualTo("A3");
        key(KeyCode.F11);
        assertThat(at()).isEqualTo("N1");
        key(KeyCode.ALT, KeyCode.SHIFT, KeyCode.F11);
        assertThat(at()).isEqualTo("A3");
    }

    @Test
    void theVariablesPanelHighlightsAValueThatChanged() throws Exception {
        key(KeyCode.F8);
        key(KeyCode.F8);
        Node changed = lookup(".tree-table-row-cell").match(n -> n.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("changed"))).query();
        assertThat(((TreeTableRow<?>) changed).getItem()).extracting(v -> ((Variable) v).name()).isEqualTo("x");
        assertThat(((Variable) ((TreeTableRow<?>) changed).getItem()).display()).isEqualTo("2");
    }

    @Test
    void aWatchIsEvaluatedAtEveryStep() throws Exception {
        fill("#watchInput", "x * 10");
        key(KeyCode.ENTER);
        ListView<Watch> watches = lookup("#watches").queryListView();
        assertThat(watches.getItems()).extracting(Watch::value).containsExactly("10");
        clickOn("#debugCode");
        key(KeyCode.F8);
        key(KeyCode.F8);
        assertThat(watches.getItems()).extracting(Watch::value).containsExactly("20");
    }

    @Test
    void aConditionalBreakpointSetInTheGutterStopsOnlyWhereItHolds() throws Exception {
        clickOn("#gutter-2", MouseButton.SECONDARY);
        fill("#conditionField", "record.priority > 3");
        clickOn("OK");
        settle();
        assertThat(view.viewModel().breakpoints().at("triggers/totals.py", 2)).map(Breakpoint::condition)
                .contains("record.priority > 3");
        clickOn("#debugCode");
        key(KeyCode.F9);
        assertThat(at()).isEqualTo("B2");
        key(KeyCode.ALT, KeyCode.F9);
        assertThat(at()).isEqualTo("A1");
    }

    @Test
    void aLogpointWritesToTheLogWithoutStopping() throws Exception {
        view.viewModel().breakpoints().put(Breakpoint.at("triggers/totals.py", 1).withLog("priority {record.priority}"));
        key(KeyCode.F9);
        assertThat(at()).isEqualTo("B2");
        clickOn("Log");
        ListView<String> log = lookup("#debugLog").queryListView();
        assertThat(log.getItems()).containsExactly("logpoint totals:1  priority 5");
    }

    @Test
    void writtenByJumpsToTheLineThatWroteTheField() throws Exception {
        Hyperlink link = lookup(".written-by").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("line 3");
        clickOn(link);
        settle();
        assertThat(at()).isEqualTo("A3");
    }

    @Test
    void aGutterClickTogglesABreakpointKeptUnderStudio() throws Exception {
        clickOn("#gutter-4");
        settle();
        assertThat(view.viewModel().breakpoints().at("triggers/totals.py", 4)).isPresent();
        assertThat(project.resolve(".studio/breakpoints.json")).content().contains("\"line\" : 4");
        assertThat(lookup("#gutter-4 .bp-plain").tryQuery()).isPresent();
        clickOn("#gutter-4");
        assertThat(view.viewModel().breakpoints().at("triggers/totals.py", 4)).isEmpty();
    }
}
