package dev.triggerstudio.ui.debugger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * The locals at the current line as a tree: records, lists, dicts and Lua tables open into their
 * fields. A value that changed since the previous step is highlighted; which nodes are open is kept
 * from step to step, by path.
 */
final class VariablesView extends TreeTableView<Variable> {
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private final Set<String> expanded = new HashSet<>();

    VariablesView() {
        setId("variables");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("Name", 150, Variable::name));
        getColumns().add(column("Value", 260, Variable::display));
        getColumns().add(column("Kind", 70, Variable::kind));
        setPlaceholder(new javafx.scene.control.Label("No locals at this line"));
        setRowFactory(t -> new TreeTableRow<>() {
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(Variable v, boolean empty) {
                super.updateItem(v, empty);
                pseudoClassStateChanged(CHANGED, !empty && v != null && v.changed());
                if (!empty && v != null) {
                    tip.setText(v.path() + " = " + v.display() + (v.changed() ? v.existedBefore()
                            ? "  (was " + new Variable("", "", v.previous(), false, null, false).display() + ")" : "  (new)" : ""));
                    setTooltip(tip);
                } else {
                    setTooltip(null);
                }
            }
        });
    }

    private static TreeTableColumn<Variable, String> column(String title, double width, java.util.function.Function<Variable, String> text) {
        TreeTableColumn<Variable, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? "" : text.apply(f.getValue().getValue())));
        return c;
    }

    void show(List<Variable> variables) {
        TreeItem<Variable> root = new TreeItem<>();
        variables.forEach(v -> root.getChildren().add(new Item(v)));
        setRoot(root);
    }

    /** A node that makes its children when opened and remembers being open. */
    private final class Item extends TreeItem<Variable> {
        private boolean loaded;

        Item(Variable v) {
            super(v);
            expandedProperty().addListener((o, was, now) -> {
                if (now) {
                    expanded.add(v.path());
                } else {
                    expanded.remove(v.path());
                }
            });
            if (expanded.contains(v.path()) && v.hasChildren()) {
                setExpanded(true);
            }
        }

        @Override
        public boolean isLeaf() {
            return !getValue().hasChildren();
        }

        @Override
        public ObservableList<TreeItem<Variable>> getChildren() {
            if (!loaded) {
                loaded = true;
                getValue().children().forEach(c -> super.getChildren().add(new Item(c)));
            }
            return super.getChildren();
        }
    }
}
