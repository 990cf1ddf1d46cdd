package dev.triggerstudio.ui.debugger;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** Watch expressions, evaluated at every step: type one and press Enter; Delete removes the selected one. */
final class WatchesView extends VBox {

    WatchesView(DebuggerViewModel vm) {
        super(4);
        setPadding(new Insets(4));
        TextField input = new TextField();
        input.setId("watchInput");
        input.setPromptText("Add a watch, e.g. record.total * 2 (Enter)");
        input.setTooltip(new Tooltip("An expression over the locals: fields with ., [index], + - * /, == != < >, and, or, not, len()"));
        input.setOnAction(e -> {
            if (!input.getText().isBlank()) {
                vm.watchExpressions().add(input.getText().strip());
                input.clear();
            }
        });
        ListView<Watch> list = new ListView<>(vm.watches());
        list.setId("watches");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label("No watches"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Watch w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.expression() + " = " + w.value());
                pseudoClassStateChanged(VariablesView.CHANGED, !empty && w != null && w.changed());
                getStyleClass().remove("watch-failed");
                if (!empty && w != null && w.failed()) {
                    getStyleClass().add("watch-failed");
                }
            }
        });
        list.setOnKeyPressed(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && i >= 0) {
                vm.watchExpressions().remove(i);
                e.consume();
            }
        });
        javafx.scene.layout.VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(input, list);
    }
}
