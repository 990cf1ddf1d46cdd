package dev.triggerstudio.ui;

import dev.triggerstudio.ui.main.UserPrefs;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.testfx.api.FxToolkit;

/** The real IDE in TestFX's primary stage, as the UI tests open it. */
public final class TestStudio {
    private TestStudio() {
    }

    /**
     * Opens the IDE on a project at 1440×900 in the top-left corner (the size of the screenshots)
     * with prefs kept in {@code prefs}. Returns once the window is shown; the project may still be
     * loading in the background ({@link Studio#isLoaded()}).
     */
    public static Studio open(Path project, Path prefs) throws TimeoutException {
        AtomicReference<Studio> studio = new AtomicReference<>();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Studio s = new Studio(stage, new UserPrefs(prefs), TestRuntimes.withFallbacks());
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            s.openProject(project);
            stage.show();
            stage.toFront();
            studio.set(s);
        });
        return studio.get();
    }

    /** Closes the test's windows, then the IDE opened by {@link #open}, if it was. */
    public static void close(Studio studio) throws TimeoutException {
        FxToolkit.cleanupStages();
        if (studio != null) {
            studio.dispose();
        }
    }
}
