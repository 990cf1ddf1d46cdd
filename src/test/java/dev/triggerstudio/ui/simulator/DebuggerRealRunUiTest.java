package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.debugger.DebuggerView;
import dev.triggerstudio.ui.debugger.Frame;
import dev.triggerstudio.ui.debugger.Variable;
import dev.triggerstudio.ui.simulator.model.Position;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The debugger over the engine's own line recording: a sample batch run in the Simulator, a
 * trigger node opened with Enter, stepped forwards and back, in each language. Photographs each
 * for the README (docs/screenshots/debugger-*.png with -Dscreenshots=docs).
 */
class DebuggerRealRunUiTest extends SimulatorUiTest {

    @org.junit.jupiter.api.BeforeAll
    static void patientSetup() {
        // the Simulator compiles the project's scripts as it opens: GraalPy's first start on a
        // shared machine can outlast TestFX's default setup wait
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(300_000);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            crm,    lifecycle,    lead_full_name,   python
            ledger, lua_rules,    invoice_fields,   lua
            ledger, stanza_totals, invoice_totals,  stanza
            """)
    void opensATriggerRunAtItsSourceAndStepsThroughItsRecordedLinesBothWays(String sample, String batch, String trigger,
                                                                           String language) throws Exception {
        open(sample);
        interact(() -> session().selectBatch(batch));
        interact(() -> session().run());
        // GraalPy's first start on a loaded machine can take long: wait for the run itself, not a fixed UI delay
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> session().runState() == SimulatorSession.RunState.IDLE
                && !session().trace().operations().isEmpty());
        Position node = session().cursor().positions().stream()
                .filter(p -> "trigger".equals(p.step().step()) && ("trigger:" + trigger).equals(p.step().source()))
                .findFirst().orElseThrow();
        interact(() -> session().select(node.step()));
        interact(() -> {
            var tree = lookup("#traceTree").query();
            tree.requestFocus();
            tree.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        DebuggerView debugger = view.debugger();
        waitFor(debugger);
        assertThat(lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText()).isEqualTo("Debugger");

        Frame first = debugger.viewModel().frame();
        assertThat(first.trigger()).isEqualTo(trigger);
        assertThat(first.script()).endsWith(trigger + "." + (language.equals("python") ? "py" : language));
        assertThat(first.moment().event()).isZero();
        assertThat(debugger.lineStyle(first.line())).isEqualTo("debug-current");
        assertThat(first.variables()).extracting(Variable::name).isNotEmpty();

        key(debugger, KeyCode.F7, false);
        Frame second = debugger.viewModel().frame();
        assertThat(second.moment().index()).isEqualTo(first.moment().index() + 1);
        key(debugger, KeyCode.F7, true);
        assertThat(debugger.viewModel().frame().moment().index()).isEqualTo(first.moment().index());
        assertThat(debugger.viewModel().frame().line()).isEqualTo(first.line());

        Shots.save(this, scene, "debugger-" + language);
        if (language.equals("python")) {
            continueToAConditionalBreakpoint(debugger, first.script());
        }
    }

    /** F9 stops where the condition holds over the real locals; the watch shows the loop's record. */
    private void continueToAConditionalBreakpoint(DebuggerView debugger, String script) throws Exception {
        interact(() -> {
            debugger.viewModel().breakpoints().put(dev.triggerstudio.ui.debugger.Breakpoint.at(script, 8)
                    .withCondition("record.first == 'Alan'"));
            debugger.viewModel().watchExpressions().add("record.first + ' ' + record.last");
        });
        key(debugger, KeyCode.F9, false);
        Frame hit = debugger.viewModel().frame();
        assertThat(hit.line()).isEqualTo(8);
        assertThat(debugger.viewModel().watches().getFirst().value()).isEqualTo("\"Alan Turing\"");
        Shots.save(this, scene, "debugger-breakpoints");
    }

    private void key(DebuggerView debugger, KeyCode code, boolean alt) throws Exception {
        interact(() -> debugger.getScene().getFocusOwner().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code,
                false, false, alt, false)));
        waitFor(debugger);
    }

    private void waitFor(DebuggerView debugger) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> debugger.viewModel().frame() != null
                && !debugger.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
