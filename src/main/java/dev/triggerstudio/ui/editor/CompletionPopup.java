package dev.triggerstudio.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/** The completion list under the caret; the code area keeps focus and forwards keys. */
final class CompletionPopup {
    private final Popup popup = new Popup();
    private final ListView<CompletionItem> list = new ListView<>();
    private Consumer<CompletionItem> onAccept = i -> { };

    CompletionPopup() {
        list.getStyleClass().add("completion-list");
        list.setPrefSize(380, 180);
        // the code area keeps the keyboard: the list only shows the choice
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CompletionItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.signature() + "   " + item.kind());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
    }

    void show(CodeArea area, List<CompletionItem> items, Consumer<CompletionItem> accept) {
        onAccept = accept;
        list.getItems().setAll(items);
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(220, 26 * items.size() + 6));
        if (!popup.isShowing()) {
            Bounds caret = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    void move(int delta) {
        int i = Math.clamp(list.getSelectionModel().getSelectedIndex() + delta, 0, list.getItems().size() - 1);
        list.getSelectionModel().select(i);
        list.scrollTo(i);
    }

    void accept() {
        CompletionItem item = list.getSelectionModel().getSelectedItem();
        hide();
        if (item != null) {
            onAccept.accept(item);
        }
    }

    ListView<CompletionItem> list() {
        return list;
    }
}
