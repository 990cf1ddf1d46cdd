package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.Match;
import dev.triggerstudio.ui.common.Icons;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The Run When builder for triggers and automations. */
public final class RunWhenView extends VBox {
    private final RunWhenViewModel vm;
    private final VBox rowsBox = new VBox(6);

    public RunWhenView(RunWhenViewModel vm) {
        this.vm = vm;
        getStyleClass().add("run-when");
        setId("run-when");
        setSpacing(10);
        setPadding(new Insets(12));
        Label preview = new Label();
        preview.setId("run-when-preview");
        preview.getStyleClass().add("run-when-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(vm.previewProperty());
        Label problems = new Label();
        problems.setId("run-when-problems");
        problems.getStyleClass().add("problem-text");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        rowsBox.getStyleClass().add("condition-rows");
        getChildren().addAll(header(), rowsBox, preview, problems);
        vm.rows().addListener((ListChangeListener<ConditionRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private HBox header() {
        Label title = new Label("Run When");
        title.getStyleClass().add("title-4");
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = new ToggleButton("All");
        all.setId("match-all");
        all.setUserData(Match.ALL);
        ToggleButton any = new ToggleButton("Any");
        any.setId("match-any");
        any.setUserData(Match.ANY);
        all.getStyleClass().add("left-pill");
        any.getStyleClass().add("right-pill");
        group.getToggles().addAll(all, any);
        syncMatch(group);
        vm.matchProperty().addListener(o -> syncMatch(group));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                syncMatch(group);
            } else {
                vm.changeMatch((Match) b.getUserData());
            }
        });
        Label of = new Label("of these conditions");
        Button add = new Button("Add condition", Icons.of(Feather.PLUS));
        add.setId("add-condition");
        add.setOnAction(e -> vm.addCondition());
        add.disableProperty().bind(vm.editableProperty().not());
        all.disableProperty().bind(vm.editableProperty().not());
        any.disableProperty().bind(vm.editableProperty().not());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox h = new HBox(8, title, grow, new Label("Match"), new HBox(all, any), of, add);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void syncMatch(ToggleGroup group) {
        group.getToggles().stream().filter(t -> t.getUserData() == vm.matchProperty().get()).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private void rebuild() {
        rowsBox.getChildren().forEach(n -> {
            if (n instanceof ConditionRowView r) {
                r.dispose();
            }
        });
        rowsBox.getChildren().clear();
        for (ConditionRow r : vm.rows()) {
            rowsBox.getChildren().add(new ConditionRowView(vm, r));
        }
        if (vm.rows().isEmpty()) {
            Label empty = new Label("No conditions: the trigger runs for every record. Add one to narrow it.");
            empty.getStyleClass().add("text-muted");
            rowsBox.getChildren().add(new HBox(empty));
        }
    }
}
