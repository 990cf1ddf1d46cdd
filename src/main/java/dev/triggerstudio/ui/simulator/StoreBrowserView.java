package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.ui.simulator.model.HistoryEntry;
import dev.triggerstudio.ui.simulator.model.RecordHistory;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import dev.triggerstudio.ui.simulator.model.StoreAsOf;
import dev.triggerstudio.ui.simulator.model.StoreBrowserModel;
import dev.triggerstudio.ui.simulator.model.Values;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The store, read-only: a table per object, a Run When filter, the state as of the current step,
 * and a selected record's history across the trace.
 */
final class StoreBrowserView extends VBox {
    private final SimulatorSession session;
    private final StoreBrowserModel model = new StoreBrowserModel();
    private final ComboBox<String> objects = new ComboBox<>();
    private final CheckBox asOfStep = new CheckBox("As of the current step");
    private final ComboBox<String> field = new ComboBox<>();
    private final ChoiceBox<Predicate> predicate = new ChoiceBox<>(FXCollections.observableArrayList(Predicate.values()));
    private final TextField value = new TextField();
    private final ChoiceBox<Match> match = new ChoiceBox<>(FXCollections.observableArrayList(Match.values()));
    private final FlowPane chips = new FlowPane(6, 4);
    private final TableView<Map<String, Object>> table = new TableView<>();
    private final Label count = new Label();
    private final ListView<HistoryEntry> history = new ListView<>();
    private List<Map<String, Object>> storeRows = List.of();
    private Consumer<HistoryEntry> openHistory = h -> { };

    StoreBrowserView(SimulatorSession session) {
        this.session = session;
        setSpacing(6);
        setPadding(new Insets(8));
        objects.setId("storeObject");
        objects.setOnAction(e -> refresh());
        asOfStep.setId("asOfStep");
        asOfStep.setOnAction(e -> showRows());
        Button reload = new Button("Refresh");
        reload.setOnAction(e -> refresh());
        HBox top = new HBox(8, new Label("Object"), objects, reload, asOfStep, count);
        top.setAlignment(Pos.CENTER_LEFT);
        table.setId("storeTable");
        table.setPlaceholder(new Label("No rows"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showHistory(now));
        history.setId("historyList");
        history.setPlaceholder(new Label("Select a record to see every step of the trace that changed it"));
        history.setCellFactory(l -> new HistoryCell());
        history.setOnMouseClicked(e -> {
            HistoryEntry h = history.getSelectionModel().getSelectedItem();
            if (h != null && e.getClickCount() == 2) {
                openHistory.accept(h);
            }
        });
        SplitPane split = new SplitPane(table, history);
        split.setDividerPositions(0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(top, filterBar(), chips, split);
    }

    private HBox filterBar() {
        field.setId("filterField");
        field.setPromptText("field");
        predicate.setId("filterPredicate");
        predicate.setValue(Predicate.EQUALS);
        predicate.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Predicate p) {
                return p == null ? "" : p.phrase();
            }

            @Override
            public Predicate fromString(String s) {
                return null;
            }
        });
        value.setId("filterValue");
        value.setPromptText("value (a, b for in)");
        match.setValue(Match.ALL);
        match.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Match m) {
                return m == Match.ANY ? "any of" : "all of";
            }

            @Override
            public Match fromString(String s) {
                return null;
            }
        });
        match.setOnAction(e -> {
            model.match(match.getValue());
            showRows();
        });
        Button add = new Button("Add condition");
        add.setId("addFilter");
        add.setOnAction(e -> addCondition());
        value.setOnAction(e -> addCondition());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            model.clearConditions();
            showRows();
        });
        HBox bar = new HBox(6, new Label("Run When"), match, field, predicate, value, add, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    void onOpenHistory(Consumer<HistoryEntry> action) {
        this.openHistory = action;
    }

    /** Called when the project loaded: offers its objects. */
    void projectChanged(Project project) {
        String keep = objects.getValue();
        objects.setItems(FXCollections.observableArrayList(project == null ? List.of() : project.objects().keySet()));
        if (keep != null && objects.getItems().contains(keep)) {
            objects.setValue(keep);
        } else if (!objects.getItems().isEmpty()) {
            objects.setValue(objects.getItems().getFirst());
        }
    }

    /** Reads the chosen object's rows from the store (off the UI thread). */
    void refresh() {
        String object = objects.getValue();
        if (object == null) {
            return;
        }
        session.readRows(object, rows -> {
            storeRows = rows;
            showRows();
        });
    }

    /** The cursor moved: when showing the state as of the step, recompute it. */
    void cursorMoved() {
        asOfStep.setDisable(!session.traceMatchesStore());
        if (asOfStep.isSelected()) {
            showRows();
        }
    }

    private void showRows() {
        ObjectDef o = session.project() == null ? null : session.project().objects().get(objects.getValue());
        if (o == null) {
            return;
        }
        boolean asOf = asOfStep.isSelected() && session.traceMatchesStore() && session.cursor().index() >= 0;
        List<Map<String, Object>> rows = asOf ? StoreAsOf.rows(o, storeRows, session.cursor(), session.cursor().index())
                : storeRows;
        boolean sameObject = model.object() != null && model.object().apiName().equals(o.apiName());
        model.show(o, rows);
        if (!sameObject || table.getColumns().isEmpty()) {
            buildColumns();
        }
        List<Map<String, Object>> visible = model.visibleRows();
        table.setItems(FXCollections.observableList(visible));
        count.setText(visible.size() + " of " + Plural.of(rows.size(), "row") + (asOf ? " as of step " + (session.cursor().index() + 1) : ""));
        field.setItems(FXCollections.observableArrayList(model.filterFields()));
        showChips();
    }

    private void buildColumns() {
        table.getColumns().clear();
        for (String c : model.columns()) {
            TableColumn<Map<String, Object>, String> col = new TableColumn<>(c);
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(Values.show(d.getValue().get(c))));
            col.setPrefWidth("id".equals(c) ? 150 : 120);
            table.getColumns().add(col);
        }
    }

    private void addCondition() {
        if (field.getValue() == null || predicate.getValue() == null) {
            count.setText("Choose a field and a predicate");
            return;
        }
        try {
            model.addCondition(field.getValue(), predicate.getValue(), value.getText());
            value.clear();
            showRows();
        } catch (IllegalArgumentException e) {
            count.setText(e.getMessage());
        }
    }

    private void showChips() {
        chips.getChildren().clear();
        List<Condition> cs = model.conditions();
        for (int i = 0; i < cs.size(); i++) {
            int index = i;
            Button chip = new Button(StoreBrowserModel.describe(cs.get(i)) + "  ✕");
            chip.getStyleClass().addAll("small", "sim-chip");
            chip.setOnAction(e -> {
                model.removeCondition(index);
                showRows();
            });
            chips.getChildren().add(chip);
        }
    }

    private void showHistory(Map<String, Object> row) {
        if (row == null || row.get("id") == null) {
            history.getItems().clear();
            return;
        }
        history.setItems(FXCollections.observableList(RecordHistory.of(String.valueOf(row.get("id")), session.cursor())));
    }

    private static final class HistoryCell extends ListCell<HistoryEntry> {
        @Override
        protected void updateItem(HistoryEntry h, boolean empty) {
            super.updateItem(h, empty);
            setText(empty || h == null ? null : h.summary());
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
