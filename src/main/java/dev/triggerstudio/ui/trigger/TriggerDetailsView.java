package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Trigger details as Gospel's form lays them out. */
public final class TriggerDetailsView extends GridPane {
    private final TriggerDetailsViewModel vm;
    private final VBox eventsBox = new VBox(4);
    private int row;

    public TriggerDetailsView(TriggerDetailsViewModel vm, List<String> userIds) {
        this.vm = vm;
        setId("trigger-details");
        getStyleClass().add("trigger-details");
        setHgap(10);
        setVgap(8);
        setPadding(new Insets(12));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getColumnConstraints().add(labels);
        TriggerDef def = vm.base();
        add("Trigger ID", fixed(def.id(), "The ID names the trigger's files; it cannot change once created", "detail-id"));
        add("Record type", fixed(def.object(), "Fixed once created: the Run When rows and script use its fields",
                "detail-object"));
        add("Language", fixed(Labels.language().toString(def.language()), "Fixed once created: the script is written in it",
                "detail-language"));
        ComboBox<Timing> timing = new ComboBox<>();
        timing.getItems().setAll(Timing.values());
        timing.setConverter(Labels.timing());
        timing.valueProperty().bindBidirectional(vm.timingProperty());
        timing.setId("detail-timing");
        add("Trigger type", timing);
        add("Events", eventsBox);
        vm.timingProperty().addListener(o -> rebuildEvents());
        rebuildEvents();
        Label summary = new Label();
        summary.setId("detail-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        add("", summary);
        TextField order = new TextField();
        order.textProperty().bindBidirectional(vm.orderProperty());
        order.setId("detail-order");
        add("Order", order);
        CheckBox active = new CheckBox("Active");
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        add("", active);
        CheckBox skip = new CheckBox("Do not trigger when listing records");
        skip.setId("detail-skip-on-list");
        dev.triggerstudio.ui.common.FullText.follow(skip); // cut at 1024 px wide: whole on hover
        skip.selectedProperty().bindBidirectional(vm.skipOnListProperty());
        add("", skip);
        addOwnerAndActor(userIds);
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        add("Description", description);
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        add("", problem);
        for (javafx.scene.Node n : List.of(timing, eventsBox, order, active, skip, description)) {
            n.disableProperty().bind(vm.editableProperty().not());
        }
    }

    private void addOwnerAndActor(List<String> userIds) {
        ComboBox<String> owner = new ComboBox<>();
        owner.getItems().setAll(userIds);
        owner.valueProperty().bindBidirectional(vm.ownerProperty());
        owner.disableProperty().bind(vm.editableProperty().not());
        add("Owner", owner);
        ComboBox<String> actor = new ComboBox<>();
        actor.getItems().setAll(TriggerDef.ACTOR_OWNER, TriggerDef.ACTOR_CURRENT_USER);
        actor.valueProperty().bindBidirectional(vm.actorProperty());
        actor.disableProperty().bind(vm.editableProperty().not());
        actor.setTooltip(new Tooltip("owner: the trigger acts with its owner's permissions; current_user: with the"
                + " permissions of whoever made the change"));
        add("Actor", actor);
    }

    private void rebuildEvents() {
        eventsBox.getChildren().clear();
        for (Event e : EventPhrases.allowed(vm.timingProperty().get())) {
            CheckBox c = new CheckBox(EventPhrases.phrase(vm.timingProperty().get(), e));
            c.setId("event-" + e.jsonName());
            c.selectedProperty().bindBidirectional(vm.eventProperty(e));
            eventsBox.getChildren().add(c);
        }
        if (eventsBox.getChildren().isEmpty()) {
            eventsBox.getChildren().add(new Label("Trigger will never run"));
        }
    }

    private static Label fixed(String text, String why, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("fixed-value");
        l.setTooltip(new Tooltip(why));
        return l;
    }

    private void add(String label, javafx.scene.Node node) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        add(l, 0, row);
        add(node, 1, row);
        row++;
    }
}
