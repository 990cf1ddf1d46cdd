package dev.triggerstudio.ui;

import java.nio.file.Path;

/** Opens the IDE on a project. */
public final class StudioApp {
    private StudioApp() {
    }

    public static void open(Path project) {
        System.out.println("Trigger Studio would open " + project.toAbsolutePath().normalize()
                + " (the IDE is not built yet). Try: ./studio simulate " + project + " <batch> --trace trace.json");
    }
}
