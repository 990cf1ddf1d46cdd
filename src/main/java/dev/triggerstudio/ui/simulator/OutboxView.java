package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.ui.common.FullText;
import dev.triggerstudio.ui.common.Plural;
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
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The outbox ({@code _studio_outbox}): notifications, workflow and function calls, integration calls. */
final class OutboxView extends VBox {
    private static final List<String> COLUMNS = List.of("seq", "kind", "source", "payload", "read", "created");
    private final SimulatorSession session;
    private final TableView<Map<String, Object>> table = new TableView<>();
    private final Label count = new Label();
    private final TextArea payload = new TextArea();

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
            col.setCellFactory(FullText.tableCells());
            col.setPrefWidth("payload".equals(c) ? 420 : 90);
            table.getColumns().add(col);
        }
        Button reload = new Button("Refresh");
        reload.setOnAction(e -> refresh());
        count.setId("outboxCount");
        payload.setId("outboxPayload");
        payload.setEditable(false);
        payload.setWrapText(true);
        payload.getStyleClass().add("sim-json");
        payload.setPromptText("Select an entry to read its whole payload");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> payload.setText(row == null ? ""
                : Payloads.pretty(row.get("payload"))));
        SplitPane split = new SplitPane(table, payload);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, reload, count), split);
    }

    void refresh() {
        session.readOutbox(rows -> {
            table.setItems(FXCollections.observableList(rows));
            count.setText(Plural.of(rows.size(), "entry", "entries"));
        });
    }
}
