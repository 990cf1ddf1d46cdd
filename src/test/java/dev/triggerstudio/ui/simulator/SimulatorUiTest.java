package dev.triggerstudio.ui.simulator;

import atlantafx.base.theme.PrimerLight;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.ui.simulator.model.Position;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the Simulator perspective in a real window on a fresh copy of a sample; tests drive it as a robot. */
@Tag("ui")
abstract class SimulatorUiTest extends FxRobot {
    protected SimulatorView view;
    protected Scene scene;
    protected Path project;
    protected final List<String> opened = new ArrayList<>();

    protected void open(String sample) throws Exception {
        open(SampleCopy.of(sample));
    }

    protected void open(Path root) throws Exception {
        project = root;
        // the first view of a JVM starts the language engines: on a busy machine that is more than TestFX's 10 s
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(90_000);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view = new SimulatorView(project, ScriptRuntimes.standard());
            view.setOnOpenScript((file, line) -> opened.add(file + ":" + line));
            scene = new Scene(view, 1400, 860);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    protected SimulatorSession session() {
        return view.session();
    }

    /** Chooses a batch and runs it with F5, then waits for the run to finish. */
    protected void runBatch(String name) {
        interact(() -> session().selectBatch(name));
        clickOn("#traceTree");
        type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> session().runState() == SimulatorSession.RunState.IDLE && !session().trace().operations().isEmpty());
    }

    /** Presses F10 from the start of the trace until the first step that matches. */
    protected void stepTo(java.util.function.Predicate<Position> which) {
        int target = session().cursor().positions().stream().filter(which).findFirst().orElseThrow().order();
        clickOn("#traceTree");
        while (session().cursor().index() > target) {
            press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F10).release(javafx.scene.input.KeyCode.SHIFT);
        }
        while (session().cursor().index() < target) {
            type(javafx.scene.input.KeyCode.F10);
        }
    }

    protected Position current() {
        return session().cursor().current().orElseThrow();
    }

    /** Waits for background work to show its result; fails after 60 s (a hang, not a speed check). */
    protected static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the UI did not get there within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
