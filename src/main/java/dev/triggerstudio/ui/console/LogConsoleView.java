package dev.triggerstudio.ui.console;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** The log console at the bottom of the window; follows the newest line. */
public final class LogConsoleView extends BorderPane {

    public LogConsoleView(LogConsole console) {
        ListView<LogConsole.Line> list = new ListView<>(console.lines());
        list.setId("log-console");
        list.getStyleClass().add("log-console");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LogConsole.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.toString());
                getStyleClass().removeAll("log-info", "log-warn", "log-error");
                if (!empty && line != null) {
                    getStyleClass().add("log-" + line.level());
                }
            }
        });
        console.lines().addListener((ListChangeListener<LogConsole.Line>) c -> list.scrollTo(console.lines().size() - 1));
        setCenter(list);
    }
}
