package dev.triggerstudio.ui.permissions;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.ui.common.Icons;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** "Allow a group of users to …": rows of group → access, the owner, and why edits are refused. */
public final class PermissionsView extends VBox {
    private final PermissionsViewModel vm;
    private final VBox rowsBox = new VBox(6);
    private final ComboBox<String> newGroup = new ComboBox<>();
    private final ComboBox<Access> newAccess = accessBox();

    public PermissionsView(PermissionsViewModel vm) {
        this.vm = vm;
        setId("permissions");
        getStyleClass().add("permissions");
        setSpacing(10);
        setPadding(new Insets(12));
        Label title = new Label("Permissions");
        title.getStyleClass().add("title-4");
        Label owner = new Label();
        owner.setId("permissions-owner");
        owner.textProperty().bind(vm.ownerProperty().map(o -> "Owner: " + o + " — the owner and admins always read"
                + " and edit").orElse("No owner: admins always read and edit"));
        Label refusal = new Label();
        refusal.setId("permissions-refusal");
        refusal.getStyleClass().addAll("refusal", "danger");
        refusal.setWrapText(true);
        refusal.textProperty().bind(vm.refusalProperty());
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Label message = new Label();
        message.setId("permissions-message");
        message.getStyleClass().add("problem-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(title, owner, refusal, rowsBox, addRow(), message);
        vm.rows().addListener((ListChangeListener<GrantRow>) c -> rebuild());
        rebuild();
    }

    private HBox addRow() {
        newGroup.setId("grant-group");
        newGroup.setPromptText("Group");
        newGroup.setEditable(false);
        newGroup.setPrefWidth(150);
        newAccess.setId("grant-access");
        newAccess.setValue(Access.READ_EDIT);
        Button add = new Button("Grant", Icons.of(Feather.USER_PLUS));
        add.setId("grant");
        add.setOnAction(e -> {
            if (vm.grant(newGroup.getValue(), newAccess.getValue())) {
                newGroup.setValue(null);
            }
        });
        HBox h = new HBox(6, new Label("Allow"), newGroup, new Label("to"), newAccess, add);
        h.setAlignment(Pos.CENTER_LEFT);
        h.disableProperty().bind(vm.editableProperty().not());
        return h;
    }

    private static ComboBox<Access> accessBox() {
        ComboBox<Access> box = new ComboBox<>();
        box.getItems().setAll(Access.values());
        box.setButtonCell(accessCell());
        box.setCellFactory(v -> accessCell());
        box.setPrefWidth(230);
        return box;
    }

    private static ListCell<Access> accessCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Access a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : GrantRow.phrase(a));
            }
        };
    }

    private void rebuild() {
        rowsBox.getChildren().clear();
        for (GrantRow r : vm.rows()) {
            rowsBox.getChildren().add(rowView(r));
        }
        if (vm.rows().isEmpty()) {
            Label none = new Label("No group has access: only the owner and admins can see this trigger.");
            none.getStyleClass().add("text-muted");
            rowsBox.getChildren().add(none);
        }
        newGroup.getItems().setAll(vm.groupsWithoutAccess());
    }

    private HBox rowView(GrantRow r) {
        Label group = new Label(r.group());
        group.getStyleClass().add("grant-group-name");
        group.setPrefWidth(150);
        ComboBox<Access> access = accessBox();
        access.setValue(r.access());
        access.getStyleClass().add("grant-row-access");
        access.valueProperty().addListener((o, a, b) -> {
            if (!vm.changeAccess(r, b)) {
                access.setValue(r.access());
            }
        });
        r.accessProperty().addListener((o, a, b) -> access.setValue(b));
        Button revoke = new Button("", Icons.of(Feather.TRASH_2));
        revoke.getStyleClass().addAll("flat", "revoke");
        revoke.setId("revoke-" + r.group());
        revoke.setOnAction(e -> vm.revoke(r));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox h = new HBox(6, new Label("Allow"), group, new Label("to"), access, grow, revoke);
        h.getStyleClass().add("grant-row");
        h.setAlignment(Pos.CENTER_LEFT);
        access.disableProperty().bind(vm.editableProperty().not());
        revoke.disableProperty().bind(vm.editableProperty().not());
        return h;
    }
}
