package dev.triggerstudio.ui;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.python.PythonRuntime;
import dev.triggerstudio.ui.main.UserPrefs;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The JavaFX application; {@link StudioApp#open} launches it. */
public final class StudioFxApp extends Application {
    /** How long after the project is read GraalPy starts warming up (see warmUpLater). */
    private static final Duration WARM_UP_DELAY = Duration.seconds(2);

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path project = Path.of(args.isEmpty() ? "." : args.getFirst());
        Studio studio = new Studio(stage, UserPrefs.standard(), ScriptRuntimes.standard());
        studio.openProject(project);
        stage.show();
        warmUpLater(studio);
        StartupReport.afterShown(studio);
    }

    /**
     * GraalPy's first contexts take seconds of CPU on two threads: they start a while after the
     * project is read, so that the window and the first editor the user opens are not competing
     * with them for the cores; a Python trigger rarely waits, and one opened sooner starts its
     * checker on its own.
     */
    private static void warmUpLater(Studio studio) {
        var vm = studio.viewModel();
        Studio.whenLoaded(vm, () -> {
            PauseTransition pause = new PauseTransition(WARM_UP_DELAY);
            pause.setOnFinished(e -> {
                PythonRuntime.warmUp();
                vm.warmUpCheckers();
            });
            pause.play();
        });
    }
}
