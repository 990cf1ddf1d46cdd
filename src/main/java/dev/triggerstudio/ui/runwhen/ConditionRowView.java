package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.ui.common.Icons;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/** One row of the builder: field → predicate → value, and move/remove buttons. */
final class ConditionRowView extends HBox {
    private final RunWhenViewModel vm;
    private final ConditionRow row;
    private final ComboBox<FieldChoice> field = new ComboBox<>();
    private final ComboBox<Predicate> predicate = new ComboBox<>();
    private final HBox valueBox = new HBox();
    private final InvalidationListener refresh = o -> refresh();
    private boolean updating;

    ConditionRowView(RunWhenViewModel vm, ConditionRow row) {
        this.vm = vm;
        this.row = row;
        getStyleClass().add("condition-row");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        field.getItems().setAll(vm.fields());
        field.getStyleClass().add("condition-field");
        field.setPrefWidth(140);
        predicate.getStyleClass().add("condition-predicate");
        predicate.setPrefWidth(170);
        predicate.setButtonCell(predicateCell());
        predicate.setCellFactory(v -> predicateCell());
        field.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.changeField(row, b.name());
            }
        });
        predicate.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.changePredicate(row, b);
            }
        });
        HBox.setHgrow(valueBox, Priority.ALWAYS);
        getChildren().addAll(field, predicate, valueBox, button(Feather.ARROW_UP, "Move up", "move-up",
                () -> vm.moveUp(row)), button(Feather.ARROW_DOWN, "Move down", "move-down", () -> vm.moveDown(row)),
                button(Feather.TRASH_2, "Remove condition", "remove-condition", () -> vm.removeCondition(row)));
        row.fieldProperty().addListener(refresh);
        row.predicateProperty().addListener(refresh);
        row.valueProperty().addListener(refresh);
        disableProperty().bind(vm.editableProperty().not());
        refresh();
    }

    private static ListCell<Predicate> predicateCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Predicate p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.phrase());
            }
        };
    }

    private Button button(Feather icon, String tip, String styleClass, Runnable action) {
        Button b = new Button("", Icons.of(icon));
        b.getStyleClass().addAll("flat", styleClass);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows the row's state; runs again when undo or redo changes it. */
    private void refresh() {
        updating = true;
        FieldChoice f = vm.field(row).orElse(null);
        field.setValue(f);
        predicate.getItems().setAll(vm.predicatesFor(row));
        predicate.setValue(row.predicate());
        valueBox.getChildren().setAll(f == null ? new javafx.scene.control.Label("unknown field " + row.field())
                : ValueEditors.create(f, row.predicate(), row.value(), v -> vm.changeValue(row, v),
                t -> vm.changeValueText(row, t), t -> vm.textProblem(row, t)));
        updating = false;
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), vm.rowProblem(row).isPresent());
    }

    void dispose() {
        row.fieldProperty().removeListener(refresh);
        row.predicateProperty().removeListener(refresh);
        row.valueProperty().removeListener(refresh);
    }

    ConditionRow row() {
        return row;
    }
}
