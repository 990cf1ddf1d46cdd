package dev.triggerstudio.ui.console;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the IDE tells the user as it works: saves, reloads, refusals, errors. */
public final class LogConsole {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int MAX_LINES = 2000;

    /** One line of the console. */
    public record Line(String time, String level, String message) {
        @Override
        public String toString() {
            return time + "  " + level + "  " + message;
        }
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public void info(String message) {
        add("info", message);
    }

    public void warn(String message) {
        add("warn", message);
    }

    public void error(String message) {
        add("error", message);
    }

    private void add(String level, String message) {
        lines.add(new Line(LocalTime.now().format(TIME), level, message));
        if (lines.size() > MAX_LINES) {
            lines.remove(0, lines.size() - MAX_LINES);
        }
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public String lastMessage() {
        return lines.isEmpty() ? "" : lines.getLast().message();
    }
}
