package dev.triggerstudio.ui.debugger;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The records the run changed, before and after, and for each changed field the line that wrote
 * it: a link (or Enter on the row) jumps to that moment.
 */
final class EffectsView extends TableView<EffectRow> {

    EffectsView(BiConsumer<EffectRow, Integer> jump) {
        setId("effects");
        setPlaceholder(new javafx.scene.control.Label("This run changed no record"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(text("Record", 110, EffectRow::recordId));
        getColumns().add(text("Field", 110, EffectRow::field));
        getColumns().add(text("Before", 140, r -> Values.text(r.before())));
        getColumns().add(text("After", 140, r -> Values.text(r.after())));
        TableColumn<EffectRow, EffectRow> by = new TableColumn<>("Written by");
        by.setPrefWidth(150);
        by.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        by.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EffectRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null || r.writtenAt() == null) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = new Hyperlink("line " + r.writtenAt());
                link.getStyleClass().add("written-by");
                link.setOnAction(e -> jump.accept(r, r.writtenAt()));
                setGraphic(link);
            }
        });
        getColumns().add(by);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EffectRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(VariablesView.CHANGED, !empty && r != null && r.changed());
            }
        });
        setOnKeyPressed(e -> {
            EffectRow r = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null && r.writtenAt() != null) {
                jump.accept(r, r.writtenAt());
                e.consume();
            }
        });
        setItems(FXCollections.observableArrayList());
    }

    private static TableColumn<EffectRow, String> text(String title, double width, java.util.function.Function<EffectRow, String> f) {
        TableColumn<EffectRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }
}
