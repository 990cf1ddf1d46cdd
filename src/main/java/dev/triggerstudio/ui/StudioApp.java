package dev.triggerstudio.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Opens the IDE on a project. JavaFX sits on the class path, not the module path, so the
 * launcher ({@code Main}) must not itself extend Application: it calls this, which launches
 * {@link StudioFxApp}.
 */
public final class StudioApp {
    private StudioApp() {
    }

    public static void open(Path project) {
        Application.launch(StudioFxApp.class, project.toAbsolutePath().normalize().toString());
    }
}
