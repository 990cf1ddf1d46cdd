package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.ui.simulator.model.BatchEditorModel;
import dev.triggerstudio.ui.simulator.model.CellValues;
import dev.triggerstudio.ui.simulator.model.OperationDraft;
import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Edits the batch: a table per operation with type-aware cells (picklists and booleans offer
 * their values; numbers, JSON and dates are checked as typed), or the whole batch as JSON.
 */
final class BatchEditorView extends VBox {
    private final SimulatorSession session;
    private final ListView<Integer> operations = new ListView<>();
    private final TableView<Map<String, Object>> rows = new TableView<>();
    private final ChoiceBox<Operation.Kind> newKind = new ChoiceBox<>(FXCollections.observableArrayList(Operation.Kind.values()));
    private final ChoiceBox<String> newObject = new ChoiceBox<>();
    private final TextArea json = new TextArea();
    private final TabPane forms = new TabPane();
    private final ListView<String> problems = new ListView<>();
    private final Label message = new Label();

    BatchEditorView(SimulatorSession session) {
        this.session = session;
        setSpacing(6);
        setPadding(new Insets(8));
        Button create = new Button("New batch…");
        create.setOnAction(e -> askNewBatch());
        Button save = new Button("Save");
        save.setId("saveBatch");
        save.setOnAction(e -> session.saveBatch());
        Button check = new Button("Validate");
        check.setId("validateBatch");
        check.setTooltip(new javafx.scene.control.Tooltip("Check the batch as ./studio simulate would, values included"));
        check.setOnAction(e -> showProblems(model() == null ? List.of() : model().validate()));
        message.setId("batchMessage");
        HBox bar = new HBox(8, create, save, check, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        forms.getTabs().setAll(new Tab("Table", tableForm()), new Tab("JSON", jsonForm()));
        forms.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        forms.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() == 1 && model() != null) {
                json.setText(model().toJson());
            }
        });
        VBox.setVgrow(forms, Priority.ALWAYS);
        problems.setId("batchProblems");
        problems.setPrefHeight(80);
        getChildren().addAll(bar, forms, problems);
    }

    private BatchEditorModel model() {
        return session.batch();
    }

    private SplitPane tableForm() {
        operations.setId("opList");
        operations.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null || model() == null || i >= model().operations().size() ? null
                        : model().operations().get(i).title(i));
            }
        });
        operations.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showRows());
        newKind.setValue(Operation.Kind.CREATE);
        Button addOp = new Button("Add");
        addOp.setOnAction(e -> addOperation());
        Button removeOp = new Button("Remove");
        removeOp.setOnAction(e -> removeOperation());
        VBox left = new VBox(6, operations, new HBox(4, newKind, newObject), new HBox(4, addOp, removeOp));
        VBox.setVgrow(operations, Priority.ALWAYS);
        rows.setId("recordsTable");
        rows.setEditable(true);
        rows.setPlaceholder(new Label("Choose an operation; a list operation's Run When is edited in the JSON tab"));
        Button addRow = new Button("Add record");
        addRow.setOnAction(e -> addRow());
        Button removeRow = new Button("Remove record");
        removeRow.setOnAction(e -> removeRow());
        VBox right = new VBox(6, rows, new HBox(4, addRow, removeRow));
        VBox.setVgrow(rows, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.25);
        return split;
    }

    private VBox jsonForm() {
        json.setId("batchJson");
        json.getStyleClass().add("sim-json");
        Button apply = new Button("Apply JSON");
        apply.setId("applyJson");
        apply.setOnAction(e -> applyJson());
        VBox.setVgrow(json, Priority.ALWAYS);
        return new VBox(6, json, apply);
    }

    /** The batch changed (another batch chosen, project reloaded). */
    void batchChanged() {
        BatchEditorModel m = model();
        newObject.setItems(FXCollections.observableArrayList(m == null ? List.of() : m.objects()));
        if (newObject.getValue() == null && !newObject.getItems().isEmpty()) {
            newObject.setValue(newObject.getItems().getFirst());
        }
        // the JSON of a batch of 10 000 records is megabytes: written when its tab is shown, not on every load
        json.setText(m == null || forms.getSelectionModel().getSelectedIndex() != 1 ? "" : m.toJson());
        refreshOperations(0);
        problems.getItems().clear();
    }

    private void refreshOperations(int select) {
        BatchEditorModel m = model();
        int n = m == null ? 0 : m.operations().size();
        operations.setItems(FXCollections.observableArrayList(java.util.stream.IntStream.range(0, n).boxed().toList()));
        if (n > 0) {
            operations.getSelectionModel().select(Math.min(Math.max(select, 0), n - 1));
        } else {
            rows.getColumns().clear();
            rows.getItems().clear();
        }
    }

    private void showRows() {
        Integer op = operations.getSelectionModel().getSelectedItem();
        rows.getColumns().clear();
        if (op == null || model() == null || op >= model().operations().size()) {
            rows.setItems(FXCollections.observableArrayList());
            return;
        }
        for (String c : model().columns(op)) {
            rows.getColumns().add(column(op, c));
        }
        rows.setItems(FXCollections.observableList(model().operations().get(op).rows()));
    }

    private TableColumn<Map<String, Object>, String> column(int op, String name) {
        TableColumn<Map<String, Object>, String> col = new TableColumn<>(name);
        col.setPrefWidth(name.equals("ref") || name.equals("id") ? 110 : 130);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(CellValues.show(d.getValue().get(name))));
        List<String> choices = model().choices(op, name);
        if (choices.isEmpty()) {
            col.setCellFactory(TextFieldTableCell.forTableColumn());
        } else {
            List<String> withEmpty = new java.util.ArrayList<>(choices);
            withEmpty.addFirst("");
            col.setCellFactory(c -> new ChoiceCell(withEmpty, (row, value) -> commit(op, row, name, value)));
        }
        col.setOnEditCommit(e -> commit(op, e.getTablePosition().getRow(), name, e.getNewValue()));
        return col;
    }

    /**
     * A picklist or true/false cell: a drop-down always shown, whose choice is stored as soon as it
     * is made. The table's own ComboBoxTableCell lost a choice made with the mouse (its edit was
     * cancelled when the popup took the focus), so this cell does not go through the table's edit.
     */
    private static final class ChoiceCell extends TableCell<Map<String, Object>, String> {
        private final ComboBox<String> box = new ComboBox<>();
        private boolean showing;

        ChoiceCell(List<String> choices, java.util.function.BiConsumer<Integer, String> commit) {
            box.getItems().setAll(choices);
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("batch-choice-cell");
            box.valueProperty().addListener((o, was, now) -> {
                if (!showing && getIndex() >= 0 && !java.util.Objects.equals(was, now)) {
                    commit.accept(getIndex(), now == null ? "" : now);
                }
            });
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            showing = true;
            box.setValue(empty ? null : value == null ? "" : value);
            showing = false;
            setGraphic(empty ? null : box);
        }
    }

    private void commit(int op, int row, String column, String text) {
        try {
            model().setCell(op, row, column, text);
            message.setText("");
        } catch (IllegalArgumentException ex) {
            message.setText(column + ": " + ex.getMessage());
        }
        rows.refresh();
        operations.refresh();
    }

    private void addOperation() {
        if (model() == null || newObject.getValue() == null) {
            return;
        }
        int i = model().addOperation(newKind.getValue(), newObject.getValue());
        if (model().operations().get(i).holdsRecords() || model().operations().get(i).holdsIds()) {
            model().addRow(i);
        }
        refreshOperations(i);
    }

    private void removeOperation() {
        int i = operations.getSelectionModel().getSelectedIndex();
        if (model() != null && i >= 0) {
            model().removeOperation(i);
            refreshOperations(i - 1);
        }
    }

    private void addRow() {
        Integer op = operations.getSelectionModel().getSelectedItem();
        if (model() != null && op != null) {
            OperationDraft d = model().operations().get(op);
            if (d.holdsRecords() || d.holdsIds()) {
                model().addRow(op);
                showRows();
                operations.refresh();
            }
        }
    }

    private void removeRow() {
        Integer op = operations.getSelectionModel().getSelectedItem();
        int row = rows.getSelectionModel().getSelectedIndex();
        if (model() != null && op != null && row >= 0) {
            model().removeRow(op, row);
            showRows();
            operations.refresh();
        }
    }

    private void applyJson() {
        if (model() == null) {
            return;
        }
        List<Diagnostic> found = model().applyJson(json.getText());
        showProblems(found);
        if (found.stream().noneMatch(Diagnostic::isError)) {
            refreshOperations(0);
        }
    }

    private void showProblems(List<Diagnostic> found) {
        problems.setItems(FXCollections.observableArrayList(found.stream().map(Diagnostic::toString).toList()));
        long errors = found.stream().filter(Diagnostic::isError).count();
        message.setText(found.isEmpty() ? "The batch is valid" : errors > 0 ? Plural.of(errors, "problem")
                : "The run will reject " + Plural.of(found.size(), "value") + ": see below");
    }

    private void askNewBatch() {
        TextInputDialog ask = new TextInputDialog();
        ask.setHeaderText("Name of the new batch (saved as batches/<name>.json)");
        ask.showAndWait().ifPresent(session::newBatch);
    }
}
