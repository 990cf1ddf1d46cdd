package dev.triggerstudio.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.util.Callback;

/**
 * Text that may be cut short ("905.56 …", "lead_company_coun…") is readable in full on hover: each
 * cell and label made here carries its whole text as a tooltip.
 */
public final class FullText {
    private FullText() {
    }

    /** A table cell showing its text, whole on hover. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> tableCells() {
        return c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                show(this, empty ? null : text);
            }
        };
    }

    /** A tree-table cell showing its text, whole on hover. */
    public static <S> Callback<TreeTableColumn<S, String>, TreeTableCell<S, String>> treeTableCells() {
        return c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                show(this, empty ? null : text);
            }
        };
    }

    /** Sets a label's or cell's text and a tooltip with the same text (none when empty). */
    public static void show(Labeled labeled, String text) {
        labeled.setText(text);
        tooltip(labeled, text);
    }

    /** A tooltip that follows the label's text: whatever the label cannot fit is on hover. */
    public static void follow(Labeled labeled) {
        labeled.textProperty().addListener((o, was, now) -> tooltip(labeled, now));
        tooltip(labeled, labeled.getText());
    }

    private static void tooltip(Labeled labeled, String text) {
        if (text == null || text.isBlank()) {
            labeled.setTooltip(null);
        } else if (labeled.getTooltip() == null) {
            Tooltip t = new Tooltip(text);
            t.setWrapText(true);
            t.setMaxWidth(640);
            labeled.setTooltip(t);
        } else {
            labeled.getTooltip().setText(text);
        }
    }
}
