package dev.triggerstudio.ui.automation;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.ui.common.Icons;
import dev.triggerstudio.ui.trigger.EventPhrases;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** An automation: timing, events, order and the action list with an editor per action type. */
public final class AutomationEditorView extends VBox {
    private final AutomationEditorViewModel vm;
    private final VBox eventsBox = new VBox(4);
    private final VBox actionsBox = new VBox(8);

    public AutomationEditorView(AutomationEditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("automation-editor");
        setSpacing(10);
        setPadding(new Insets(12));
        Label title = new Label(vm.saved().id() + " on " + vm.saved().object());
        title.getStyleClass().add("title-3");
        ComboBox<Timing> timing = new ComboBox<>();
        timing.getItems().setAll(Timing.values());
        timing.setConverter(dev.triggerstudio.ui.trigger.Labels.timing());
        timing.valueProperty().bindBidirectional(vm.timingProperty());
        TextField order = new TextField();
        order.setPrefColumnCount(4);
        order.textProperty().bindBidirectional(vm.orderProperty());
        CheckBox active = new CheckBox("Active");
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        HBox line = new HBox(10, new Label("Timing"), timing, new Label("Order"), order, active);
        line.setAlignment(Pos.CENTER_LEFT);
        Label problems = new Label();
        problems.getStyleClass().add("problem-text");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        Label actionsTitle = new Label("Actions");
        actionsTitle.getStyleClass().add("title-4");
        getChildren().addAll(title, line, eventsBox, actionsTitle, actionsBox, addMenu(), problems);
        vm.timingProperty().addListener(o -> rebuildEvents());
        vm.actions().addListener((ListChangeListener<ActionRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuildActions();
                    return;
                }
            }
        });
        rebuildEvents();
        rebuildActions();
    }

    private MenuButton addMenu() {
        MenuButton add = new MenuButton("Add action", Icons.of(Feather.PLUS));
        for (Action.Type t : Action.Type.values()) {
            MenuItem item = new MenuItem(t.jsonName().replace('_', ' '));
            item.setOnAction(e -> vm.addAction(t));
            add.getItems().add(item);
        }
        return add;
    }

    private void rebuildEvents() {
        eventsBox.getChildren().clear();
        Timing t = vm.timingProperty().get();
        for (Event e : vm.allowedEvents()) {
            CheckBox c = new CheckBox(EventPhrases.phrase(t, e));
            c.selectedProperty().bindBidirectional(vm.eventProperty(e));
            eventsBox.getChildren().add(c);
        }
    }

    private void rebuildActions() {
        actionsBox.getChildren().clear();
        for (ActionRow r : vm.actions()) {
            Button remove = new Button("", Icons.of(Feather.TRASH_2));
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> vm.removeAction(r));
            Label kind = new Label(r.typeProperty().get().jsonName().replace('_', ' '));
            kind.getStyleClass().add("action-kind");
            kind.setMinWidth(110);
            HBox row = new HBox(8, kind, editor(r), remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("action-row");
            actionsBox.getChildren().add(row);
        }
    }

    private Node editor(ActionRow r) {
        return switch (r.typeProperty().get()) {
            case SET_FIELD -> {
                ComboBox<String> field = new ComboBox<>();
                field.getItems().setAll(vm.fieldNames());
                field.valueProperty().bindBidirectional(r.fieldProperty());
                yield new HBox(6, field, new Label("="), bound(r.valueProperty(), "value"));
            }
            case VALIDATION_ERROR -> bound(r.messageProperty(), "message shown to the user");
            case CREATE_RECORD -> {
                ComboBox<String> object = new ComboBox<>();
                object.getItems().setAll(vm.objectNames());
                object.valueProperty().bindBidirectional(r.objectProperty());
                TextArea values = new TextArea();
                values.setPromptText("field = value, one a line; {{field}} substitutes");
                values.setPrefRowCount(3);
                values.setPrefColumnCount(30);
                values.textProperty().bindBidirectional(r.valuesProperty());
                yield new HBox(6, object, values);
            }
            case NOTIFY -> new HBox(6, new Label("to"), bound(r.toProperty(), "{{owner}}"), new Label("title"),
                    bound(r.titleProperty(), "Invoice {{number}} paid"));
        };
    }

    private static TextField bound(javafx.beans.property.StringProperty p, String prompt) {
        TextField t = new TextField();
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        t.setPrefColumnCount(18);
        return t;
    }
}
