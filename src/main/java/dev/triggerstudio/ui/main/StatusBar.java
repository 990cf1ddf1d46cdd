package dev.triggerstudio.ui.main;

import dev.triggerstudio.model.User;
import dev.triggerstudio.ui.common.FullText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Bottom line: the last message, problem counts, the caret, the acting user and the theme. */
final class StatusBar extends HBox {
    final Label caret = new Label();
    final ToggleButton dark = new ToggleButton("Dark");

    StatusBar(MainViewModel vm) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        Label message = new Label();
        message.setId("status-message");
        vm.log().lines().addListener((ListChangeListener<Object>) c -> message.setText(vm.log().lastMessage()));
        Label problems = new Label();
        problems.setId("status-problems");
        problems.textProperty().bind(vm.problems().summaryProperty());
        ComboBox<User> user = new ComboBox<>();
        user.setId("acting-user");
        user.setButtonCell(userCell());
        user.setCellFactory(v -> userCell());
        // the button shows a user set before the list was filled (the project is read later) through the converter
        user.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(User u) {
                return label(u);
            }

            @Override
            public User fromString(String s) {
                return null;
            }
        });
        user.valueProperty().bindBidirectional(vm.workspace().actingUserProperty());
        showUsers(user, vm);
        // the project is read after the window opens, and again when users.json changes
        vm.workspace().projectProperty().addListener(o -> showUsers(user, vm));
        dark.setId("theme-toggle");
        // the last message gives way first (whole on hover); counts, caret and the acting user keep their words
        message.setMinWidth(0);
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        FullText.follow(message);
        FullText.follow(problems);
        Label actingAs = new Label("Acting as");
        for (javafx.scene.control.Control c : java.util.List.of(problems, caret, actingAs, dark)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        user.setMinWidth(120);
        user.setMaxWidth(260);
        user.setTooltip(new javafx.scene.control.Tooltip("Who the IDE acts as: what they may read and edit"));
        getChildren().addAll(message, problems, caret, actingAs, user, dark);
    }

    private static void showUsers(ComboBox<User> user, MainViewModel vm) {
        User acting = vm.workspace().actingUserProperty().get();
        user.getItems().setAll(vm.workspace().users());
        user.setValue(acting); // replacing the items must not change who the IDE acts as
        user.setDisable(user.getItems().isEmpty());
    }

    private static ListCell<User> userCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(User u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty ? label(null) : label(u));
            }
        };
    }

    private static String label(User u) {
        return u == null ? "nobody (no users.json)" : u.id() + (u.admin() ? " (admin)" : "")
                + (u.groups().isEmpty() ? "" : " · " + String.join(", ", u.groups()));
    }
}
