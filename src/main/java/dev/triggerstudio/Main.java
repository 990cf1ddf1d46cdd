package dev.triggerstudio;

import dev.triggerstudio.cli.Cli;
import dev.triggerstudio.ui.StudioApp;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entry point of {@code ./studio}: a headless command, or the IDE on a project. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (Cli.isCommand(args[0]) || args[0].startsWith("-"))) {
            System.exit(Cli.run(args));
        }
        Path project = args.length > 0 ? Path.of(args[0]) : defaultProject();
        if (!Files.isDirectory(project)) {
            System.err.println("studio: no project folder at " + project + "; give a folder holding project.json");
            System.exit(2);
        }
        if (!hasDisplay()) {
            System.err.println("studio: no graphical display, so the IDE cannot open (set DISPLAY or use xvfb-run)."
                    + " Headless commands work: ./studio check|simulate|test " + project);
            System.exit(1);
        }
        StudioApp.open(project);
    }

    private static Path defaultProject() {
        String home = System.getProperty("studio.home", ".");
        return Path.of(home, "samples", "crm");
    }

    private static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return "Headless".equals(System.getProperty("glass.platform"))
                || (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
    }
}
