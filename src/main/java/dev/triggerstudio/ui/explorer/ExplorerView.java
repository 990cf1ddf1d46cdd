package dev.triggerstudio.ui.explorer;

import dev.triggerstudio.ui.common.FullText;
import dev.triggerstudio.ui.common.Icons;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;

/** The project explorer tree; double-click or Enter opens a file. */
public final class ExplorerView extends BorderPane {
    private final TreeView<ExplorerItem> tree = new TreeView<>();

    public ExplorerView(ExplorerViewModel vm, Consumer<String> open) {
        getStyleClass().add("explorer");
        tree.setId("explorer");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(ExplorerItem item, boolean empty) {
                super.updateItem(item, empty);
                FullText.show(this, empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : Icons.of(icon(item.kind())));
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected(open);
            }
        });
        Label header = new Label("PROJECT");
        header.getStyleClass().add("panel-header");
        Label hidden = new Label();
        hidden.getStyleClass().addAll("text-muted", "explorer-note");
        hidden.setWrapText(true);
        hidden.textProperty().bind(vm.hiddenNoteProperty());
        hidden.managedProperty().bind(hidden.textProperty().isNotEmpty());
        setTop(header);
        setCenter(tree);
        setBottom(hidden);
        vm.categoriesProperty().addListener((o, a, b) -> show(b));
        show(vm.categoriesProperty().get());
    }

    private void openSelected(Consumer<String> open) {
        TreeItem<ExplorerItem> sel = tree.getSelectionModel().getSelectedItem();
        if (sel != null && sel.getValue().path() != null) {
            open.accept(sel.getValue().path());
        }
    }

    /** Rebuilds the tree, keeping categories the user had open. */
    private void show(List<ExplorerItem> categories) {
        Set<String> expanded = new HashSet<>();
        if (tree.getRoot() != null) {
            tree.getRoot().getChildren().stream().filter(TreeItem::isExpanded).forEach(t -> expanded.add(t.getValue().label()));
        }
        TreeItem<ExplorerItem> root = new TreeItem<>(new ExplorerItem("", null, ExplorerItem.Kind.CATEGORY, List.of()));
        for (ExplorerItem c : categories) {
            TreeItem<ExplorerItem> cat = new TreeItem<>(c);
            // one change for the whole category: a thousand triggers added one by one is a thousand events
            cat.getChildren().setAll(c.children().stream().map(TreeItem::new).toList());
            cat.setExpanded(expanded.isEmpty() ? !c.children().isEmpty() && c.children().size() < 12
                    : expanded.contains(c.label()));
            root.getChildren().add(cat);
        }
        tree.setRoot(root);
    }

    private static Feather icon(ExplorerItem.Kind kind) {
        return switch (kind) {
            case CATEGORY -> Feather.FOLDER;
            case OBJECT -> Feather.DATABASE;
            case TRIGGER -> Feather.ZAP;
            case AUTOMATION -> Feather.SHUFFLE;
            case CONFIG -> Feather.SETTINGS;
            case DATA -> Feather.GRID;
            case BATCH -> Feather.PLAY;
            case TEST -> Feather.CHECK_SQUARE;
            case FILE -> Feather.FILE;
        };
    }

    /** Selects the open file's item (the first of a document's files that the tree lists) and scrolls to it. */
    public void reveal(List<String> files) {
        if (tree.getRoot() == null) {
            return;
        }
        for (TreeItem<ExplorerItem> cat : tree.getRoot().getChildren()) {
            for (TreeItem<ExplorerItem> item : cat.getChildren()) {
                if (item.getValue().path() != null && files.contains(item.getValue().path())) {
                    cat.setExpanded(true);
                    tree.getSelectionModel().select(item);
                    int row = tree.getRow(item);
                    if (row >= 0) {
                        tree.scrollTo(Math.max(0, row - 3));
                    }
                    return;
                }
            }
        }
    }

    public TreeView<ExplorerItem> tree() {
        return tree;
    }
}
