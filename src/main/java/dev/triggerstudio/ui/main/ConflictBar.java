package dev.triggerstudio.ui.main;

import dev.triggerstudio.ui.common.Icons;
import dev.triggerstudio.ui.workspace.Document;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bar above an editor whose file changed on disk under unsaved edits (another window or
 * program saved it): it says so and offers the two ways out, neither of which loses anything
 * silently. Shown only while the document is in conflict; no modal dialog interrupts typing.
 */
final class ConflictBar extends VBox {
    private final SetChangeListener<Document> listener;
    private final MainViewModel vm;

    ConflictBar(MainViewModel vm, Document d, Consumer<String> onNotSaved) {
        super(6);
        this.vm = vm;
        setMinWidth(0);
        setId("conflict-bar");
        getStyleClass().add("conflict-bar");
        Label text = new Label(d.title() + " changed on disk (another window or program saved it) while you were"
                + " editing it. Your edits are kept until you choose:", Icons.of(Feather.ALERT_TRIANGLE));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        Button saveOver = button("conflict-save-over", "Save mine over it", () -> vm.saveOver(d).ifPresent(onNotSaved));
        Button reload = button("conflict-reload", "Reload from disk (drop my edits)", () -> vm.reload(d));
        FlowPane choices = new FlowPane(8, 6, saveOver, reload); // wraps in a narrow editor
        choices.setMinWidth(0);
        getChildren().addAll(text, choices);
        listener = c -> show(vm.conflicts().contains(d));
        vm.conflicts().addListener(listener);
        show(vm.conflicts().contains(d));
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(boolean conflict) {
        setVisible(conflict);
        setManaged(conflict);
    }

    void dispose() {
        vm.conflicts().removeListener(listener);
    }
}
