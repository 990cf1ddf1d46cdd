package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.ui.simulator.model.BatchEntry;
import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A batch in the Simulator's list. A broken one says so (warning icon, its own style, its first
 * error after the name and whole in the tooltip) and picking it opens the file at that error.
 */
final class BatchCell extends ListCell<String> {
    private static final int SHOWN = 70;
    private final Function<String, BatchEntry> entries;

    BatchCell(Function<String, BatchEntry> entries) {
        this.entries = entries;
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        getStyleClass().remove("broken-batch");
        BatchEntry e = empty || name == null ? null : entries.apply(name);
        if (e == null || !e.broken()) {
            setText(empty ? null : name);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        getStyleClass().add("broken-batch");
        String why = e.error().line() + ":" + e.error().column() + " " + e.error().message();
        setText(name + " — broken, " + (why.length() > SHOWN ? why.substring(0, SHOWN - 1) + "…" : why));
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("broken-batch-icon");
        setGraphic(icon);
        setTooltip(new Tooltip(e.error() + "\nPick it to open the file at this position and fix it."));
    }
}
