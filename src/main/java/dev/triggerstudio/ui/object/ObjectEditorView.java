package dev.triggerstudio.ui.object;

import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.ui.common.Icons;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;

/** The object editor: label, name field, ownership and an editable fields table. */
public final class ObjectEditorView extends BorderPane {

    public ObjectEditorView(ObjectEditorViewModel vm) {
        getStyleClass().add("object-editor");
        setPadding(new Insets(12));
        TextField label = new TextField();
        label.textProperty().bindBidirectional(vm.labelProperty());
        TextField nameField = new TextField();
        nameField.textProperty().bindBidirectional(vm.nameFieldProperty());
        CheckBox ownership = new CheckBox("Records have an owner");
        ownership.selectedProperty().bindBidirectional(vm.ownershipProperty());
        Label title = new Label(vm.apiName());
        title.getStyleClass().add("title-3");
        HBox header = new HBox(10, title, new Label("Label"), label, new Label("Name field"), nameField, ownership);
        header.setAlignment(Pos.CENTER_LEFT);
        TableView<FieldRow> table = table(vm);
        Button add = new Button("Add field", Icons.of(Feather.PLUS));
        add.setOnAction(e -> vm.addField());
        Button remove = new Button("Remove field", Icons.of(Feather.TRASH_2));
        remove.setOnAction(e -> {
            FieldRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.removeField(r);
            }
        });
        Label problems = new Label();
        problems.getStyleClass().add("problem-text");
        problems.textProperty().bind(vm.problemsProperty());
        VBox top = new VBox(10, header, new HBox(8, add, remove));
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(table);
        setBottom(problems);
    }

    private static TableView<FieldRow> table(ObjectEditorViewModel vm) {
        TableView<FieldRow> t = new TableView<>(vm.fields());
        t.setId("fields-table");
        t.setEditable(true);
        t.getColumns().add(text("Name", FieldRow::nameProperty, 130));
        TableColumn<FieldRow, FieldType> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> c.getValue().typeProperty());
        type.setCellFactory(ComboBoxTableCell.forTableColumn(FieldType.values()));
        type.setPrefWidth(100);
        t.getColumns().add(type);
        t.getColumns().add(text("Label", FieldRow::labelProperty, 120));
        t.getColumns().add(check("Required", FieldRow::requiredProperty));
        t.getColumns().add(check("Unique", FieldRow::uniqueProperty));
        t.getColumns().add(check("Hidden", FieldRow::hiddenProperty));
        t.getColumns().add(text("Max length", FieldRow::maxLengthProperty, 80));
        t.getColumns().add(text("Picklist values", FieldRow::valuesProperty, 180));
        t.getColumns().add(text("Default", FieldRow::defaultProperty, 90));
        t.getColumns().add(text("Lookup to", FieldRow::toProperty, 100));
        return t;
    }

    private static TableColumn<FieldRow, String> text(String title, Callback<FieldRow, Property<String>> prop,
                                                      double width) {
        TableColumn<FieldRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> prop.call(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<FieldRow, Boolean> check(String title, Callback<FieldRow, BooleanProperty> prop) {
        TableColumn<FieldRow, Boolean> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> prop.call(cell.getValue()));
        c.setCellFactory(CheckBoxTableCell.forTableColumn(c));
        c.setPrefWidth(75);
        return c;
    }
}
