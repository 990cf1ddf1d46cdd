package dev.triggerstudio.ui.simulator;

import atlantafx.base.theme.PrimerLight;
import dev.triggerstudio.lang.ScriptRuntimes;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The Simulator perspective on its own, for screenshots, tests and trying it out:
 * {@code java -cp ... dev.triggerstudio.ui.simulator.SimulatorMain samples/ledger}.
 */
public final class SimulatorApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path project = Path.of(args.isEmpty() ? "samples/ledger" : args.getFirst());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SimulatorView view = new SimulatorView(project, ScriptRuntimes.standard());
        view.setOnOpenScript((file, line) -> new Alert(Alert.AlertType.INFORMATION,
                "The editor would open " + file + " at line " + line).show());
        stage.setTitle("Trigger Studio — Simulator — " + project.toAbsolutePath().normalize().getFileName());
        stage.setScene(new Scene(view, 1400, 860));
        stage.show();
    }
}
