package dev.triggerstudio.ui;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.python.PythonRuntime;
import dev.triggerstudio.ui.main.UserPrefs;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; {@link StudioApp#open} launches it. */
public final class StudioFxApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path project = Path.of(args.isEmpty() ? "." : args.getFirst());
        Studio studio = new Studio(stage, UserPrefs.standard(), ScriptRuntimes.standard());
        studio.openProject(project);
        stage.show();
        // GraalPy's first context takes seconds: start it once the window is up, so a Python trigger rarely waits.
        javafx.application.Platform.runLater(() -> {
            PythonRuntime.warmUp();
            studio.viewModel().warmUpCheckers();
        });
        StartupReport.afterShown(studio);
    }
}
