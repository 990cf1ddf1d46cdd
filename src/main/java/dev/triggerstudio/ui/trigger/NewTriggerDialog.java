package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Ctrl+N: asks for the new trigger's ID, record type, language and timing. */
public final class NewTriggerDialog extends Dialog<NewTriggerViewModel.Created> {

    public NewTriggerDialog(Window owner, NewTriggerViewModel vm) {
        initOwner(owner);
        setTitle("New trigger");
        setHeaderText("A trigger runs code when records of a type are read or written.");
        TextField id = new TextField();
        id.setId("new-trigger-id");
        id.setPromptText("invoice_totals");
        id.textProperty().bindBidirectional(vm.idProperty());
        ComboBox<String> object = new ComboBox<>();
        object.setId("new-trigger-object");
        object.getItems().setAll(vm.objects());
        object.valueProperty().bindBidirectional(vm.objectProperty());
        ComboBox<Language> language = new ComboBox<>();
        language.setId("new-trigger-language");
        language.getItems().setAll(Language.values());
        language.setConverter(Labels.language());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<Timing> timing = new ComboBox<>();
        timing.setId("new-trigger-timing");
        timing.getItems().setAll(Timing.values());
        timing.setConverter(Labels.timing());
        timing.valueProperty().bindBidirectional(vm.timingProperty());
        Label problem = new Label();
        problem.setId("new-trigger-problem");
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(vm.problemProperty());
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Trigger ID"), id);
        grid.addRow(1, new Label("Record type"), object);
        grid.addRow(2, new Label("Language"), language);
        grid.addRow(3, new Label("Trigger type"), timing);
        grid.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("new-trigger-ok");
        ok.disableProperty().bind(vm.problemProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? vm.create().orElse(null) : null);
        setOnShown(e -> id.requestFocus());
    }

    public Optional<NewTriggerViewModel.Created> ask() {
        return showAndWait();
    }
}
