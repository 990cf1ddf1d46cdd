package dev.triggerstudio.ui;

import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;

/**
 * For {@code ./studio bench --startup}: when {@code studio.startupReport} names a file, writes the
 * milliseconds from process start to the main window shown and to the first editor usable
 * (opened, laid out and painted), then exits.
 */
final class StartupReport {
    private StartupReport() {
    }

    static void afterShown(Studio studio) {
        String file = System.getProperty("studio.startupReport");
        if (file == null) {
            return;
        }
        Platform.runLater(() -> {
            long shown = sinceStart();
            // the project is read in the background: the first editor can open once it is there
            Studio.whenLoaded(studio.viewModel(), () -> {
                var project = studio.viewModel().workspace().project();
                String first = project == null ? null : project.triggers().values().stream()
                        .map(t -> t.scriptPath()).findFirst().orElse(null);
                if (first != null) {
                    studio.viewModel().openPath(first);
                }
                // two pulses: one to lay the editor out, one to paint it
                Platform.runLater(() -> Platform.runLater(() -> write(file, shown, sinceStart())));
            });
        });
    }

    private static long sinceStart() {
        Instant start = ProcessHandle.current().info().startInstant()
                .orElse(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        return Duration.between(start, Instant.now()).toMillis();
    }

    private static void write(String file, long shown, long editor) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("window_shown_ms", shown);
        report.put("first_editor_usable_ms", editor);
        try {
            Json.writeAtomically(Path.of(file), Json.pretty(report));
        } catch (IOException e) {
            System.err.println("studio: cannot write the startup report: " + e.getMessage());
        }
        Platform.exit();
    }
}
