package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import dev.triggerstudio.ui.simulator.model.Values;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The outbox ({@code _studio_outbox}): notifications, workflow and function calls, integration calls. */
final class OutboxView extends VBox {
    private static final List<String> COLUMNS = List.of("seq", "kind", "source", "payload", "read", "created");
    private final SimulatorSession session;
    private final TableView<Map<String, Object>> table = new TableView<>();
    private final Label count = new Label();

    OutboxView(SimulatorSession session) {
        this.session = session;
        setSpacing(6);
        setPadding(new Insets(8));
        table.setId("outboxTable");
        table.setPlaceholder(new Label("Nothing in the outbox: no notifications, workflow, function or integration calls yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String c : COLUMNS) {
            TableColumn<Map<String, Object>, String> col = new TableColumn<>(c);
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(Values.show(d.getValue().get(c))));
            col.setPrefWidth("payload".equals(c) ? 420 : 90);
            table.getColumns().add(col);
        }
        Button reload = new Button("Refresh");
        reload.setOnAction(e -> refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, reload, count), table);
    }

    void refresh() {
        session.readOutbox(rows -> {
            table.setItems(FXCollections.observableList(rows));
            count.setText(rows.size() + " entries");
        });
    }
}
