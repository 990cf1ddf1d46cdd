package dev.triggerstudio.ui;

import dev.triggerstudio.ui.main.MainViewModel;
import dev.triggerstudio.ui.main.UserPrefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real IDE window on a fresh sample project for each test; the test drives it as a robot. */
@Tag("ui")
abstract class StudioUiTest extends FxRobot {
    protected Studio studio;
    protected Path project;

    @BeforeEach
    void openStudio() throws Exception {
        project = SampleProject.create();
        Path prefs = Files.createTempFile("studio-prefs", ".properties");
        Files.delete(prefs);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            studio = new Studio(stage, new UserPrefs(prefs), TestRuntimes.withFallbacks());
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            studio.openProject(project);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeStudio() throws Exception {
        FxToolkit.cleanupStages();
        if (studio != null) {
            studio.dispose();
        }
    }

    protected MainViewModel vm() {
        return studio.viewModel();
    }

    /** Waits for background work to show its result; fails after 10 s (a hang, not a speed check). */
    protected static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the UI did not get there within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
