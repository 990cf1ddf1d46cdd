package dev.triggerstudio.ui.problems;

import dev.triggerstudio.ui.common.FullText;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.ui.common.Icons;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;

/** The Problems table; a click jumps to the file and line. */
public final class ProblemsView extends BorderPane {
    private final TableView<Diagnostic> table = new TableView<>();

    public ProblemsView(ProblemsViewModel vm, Consumer<Diagnostic> jump) {
        table.setId("problems");
        table.setItems(vm.problems());
        table.setPlaceholder(new javafx.scene.control.Label("No problems: ./studio check would pass"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Diagnostic, Diagnostic> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        severity.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Diagnostic d, boolean empty) {
                super.updateItem(d, empty);
                setGraphic(empty || d == null ? null : Icons.of(d.isError() ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE));
                getStyleClass().removeAll("sev-error", "sev-warning");
                if (!empty && d != null) {
                    getStyleClass().add(d.isError() ? "sev-error" : "sev-warning");
                }
            }
        });
        severity.setPrefWidth(32);
        severity.setMaxWidth(40);
        TableColumn<Diagnostic, String> where = new TableColumn<>("Where");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path() + ":" + c.getValue().line() + ":"
                + c.getValue().column()));
        where.setPrefWidth(260);
        where.setCellFactory(FullText.tableCells());
        TableColumn<Diagnostic, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setCellFactory(FullText.tableCells());
        table.getColumns().add(severity);
        table.getColumns().add(where);
        table.getColumns().add(message);
        table.setRowFactory(t -> {
            TableRow<Diagnostic> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    jump.accept(row.getItem());
                }
            });
            return row;
        });
        setCenter(table);
    }

    public TableView<Diagnostic> table() {
        return table;
    }
}
