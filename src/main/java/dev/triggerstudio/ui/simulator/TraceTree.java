package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.model.Limits;
import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.FullText;
import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.ui.simulator.model.LimitUsage;
import dev.triggerstudio.ui.simulator.model.Position;
import dev.triggerstudio.ui.simulator.model.TraceText;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The trace as a tree: operation → step → trigger or automation → nested operation, with the
 * async jobs as their own section. Children are made only when a node is opened, so a run of
 * 10 000 records or operations shows at once.
 */
final class TraceTree extends TreeTableView<Object> {

    /** The "Async jobs" section. */
    record Group(String label, List<OperationTrace> jobs) {
    }

    private static final int PAGE = 500;
    private final Supplier<Limits> limits;
    private final Map<OperationTrace, TreeItem<Object>> opItems = new IdentityHashMap<>();
    private boolean revealing;

    TraceTree(Supplier<Limits> limits) {
        this.limits = limits;
        setId("traceTree");
        setShowRoot(false);
        setRoot(new TreeItem<>("trace"));
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(nameColumn());
        TreeTableColumn<Object, String> time = textColumn("Time", 100, TraceTree::time);
        time.setMinWidth(90); // "12345.67 ms" whole: a cut-off duration says nothing
        getColumns().add(time);
        TreeTableColumn<Object, String> used = textColumn("Limits used", 200, this::limitsText);
        used.setCellFactory(c -> new LimitsCell());
        getColumns().add(used);
        getColumns().add(textColumn("Detail", 300, TraceTree::detail));
    }

    void show(BatchTrace trace) {
        opItems.clear();
        TreeItem<Object> root = new TreeItem<>("trace");
        List<OperationTrace> ops = trace.operations();
        if (ops.size() <= PAGE * 2) {
            ops.forEach(op -> root.getChildren().add(item(op)));
        } else {
            // TreeTableView finds a row by walking its parent's children, so 10 000 operations
            // directly under the root make every scrolled row cost 10 000 steps; pages keep it short.
            for (int from = 0; from < ops.size(); from += PAGE) {
                List<OperationTrace> page = ops.subList(from, Math.min(ops.size(), from + PAGE));
                root.getChildren().add(new LazyItem(new Group("Operations #" + page.getFirst().index() + " – #"
                        + page.getLast().index(), page)));
            }
        }
        if (!trace.async().isEmpty()) {
            TreeItem<Object> group = new LazyItem(new Group("Async jobs (" + trace.async().size() + ")", trace.async()));
            root.getChildren().add(group);
        }
        setRoot(root);
    }

    private TreeItem<Object> item(OperationTrace op) {
        TreeItem<Object> it = new LazyItem(op);
        opItems.put(op, it);
        return it;
    }

    /** Calls back with the step or operation the user selects (not when the cursor moved it). */
    void onSelect(Consumer<Object> action) {
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!revealing && now != null) {
                action.accept(now.getValue());
            }
        });
    }

    /** Calls back with the step or operation the user opens: a double-click or Enter on its row. */
    void onOpen(Consumer<Object> action) {
        setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                action.accept(selected());
            }
        });
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected() != null) {
                action.accept(selected());
                e.consume();
            }
        });
    }

    private Object selected() {
        TreeItem<Object> item = getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Opens the path down to a step, selects it and scrolls to it. */
    void reveal(Position p) {
        TreeItem<Object> item = opItems.get(p.op());
        if (item == null) {
            item = groupedItem(p.op());
        }
        for (TraceNode a : p.ancestors()) {
            item = child(item, a);
        }
        item = child(item, p.step());
        if (item == null) {
            return;
        }
        revealing = true;
        try {
            getSelectionModel().select(item);
            int row = getRow(item);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        } finally {
            revealing = false;
        }
    }

    /** The item of an operation or job inside a section, made when its section is first opened. */
    private TreeItem<Object> groupedItem(OperationTrace op) {
        for (TreeItem<Object> top : getRoot().getChildren()) {
            if (top.getValue() instanceof Group g && g.jobs().stream().anyMatch(o -> o == op)) {
                top.getChildren();
                return opItems.get(op);
            }
        }
        return null;
    }

    private static TreeItem<Object> child(TreeItem<Object> parent, Object value) {
        if (parent == null) {
            return null;
        }
        for (TreeItem<Object> c : parent.getChildren()) {
            if (c.getValue() == value) {
                for (TreeItem<Object> up = parent; up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                return c;
            }
        }
        return null;
    }

    private TreeTableColumn<Object, Object> nameColumn() {
        TreeTableColumn<Object, Object> col = new TreeTableColumn<>("Step");
        col.setPrefWidth(330);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        col.setCellFactory(c -> new TreeTableCell<>() {
            private final FontIcon icon = StatusIcons.icon(null);

            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                FullText.show(this, name(value));
                String status = status(value);
                if (status != null) {
                    StatusIcons.restyle(icon, status);
                }
                setGraphic(status == null ? null : icon);
            }
        });
        return col;
    }

    private static TreeTableColumn<Object, String> textColumn(String title, double width, Function<Object, String> text) {
        TreeTableColumn<Object, String> col = new TreeTableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue().getValue())));
        col.setCellFactory(FullText.treeTableCells());
        return col;
    }

    static String name(Object v) {
        return switch (v) {
            case OperationTrace op -> TraceText.title(op) + " — " + op.status();
            case TraceNode s when TraceText.isNestedOperation(s) -> "nested " + (s.detail() == null ? "operation" : s.detail());
            case TraceNode s -> TraceText.label(s) + ("ok".equals(s.status()) ? "" : " — " + s.status());
            case Group g -> g.label();
            default -> String.valueOf(v);
        };
    }

    private static String status(Object v) {
        return switch (v) {
            case OperationTrace op -> op.status();
            case TraceNode s -> s.status();
            default -> null;
        };
    }

    private static String time(Object v) {
        if (v instanceof TraceNode s) {
            return String.format("%.2f ms", s.durationUs() / 1000.0);
        }
        if (v instanceof OperationTrace op) {
            long us = op.steps().stream().mapToLong(TraceNode::durationUs).sum();
            return String.format("%.2f ms", us / 1000.0);
        }
        return "";
    }

    private String limitsText(Object v) {
        return v instanceof TraceNode s ? LimitUsage.text(s, limits.get()) : "";
    }

    private static String detail(Object v) {
        return switch (v) {
            case OperationTrace op when op.error() != null -> op.error().message();
            case OperationTrace op -> Plural.of(op.records().size(), "record") + " returned";
            case TraceNode s when s.error() != null -> s.error().message();
            case TraceNode s -> s.detail() == null ? "" : s.detail();
            default -> "";
        };
    }

    /** Limits used, in warning colours from 80 % of any limit. */
    private final class LimitsCell extends TreeTableCell<Object, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            FullText.show(this, empty ? null : text);
            Object v = empty || getTableRow() == null ? null : getTableRow().getItem();
            boolean near = v instanceof TraceNode s && LimitUsage.of(s, limits.get()).stream().anyMatch(LimitUsage.Use::nearLimit);
            getStyleClass().remove("near-limit");
            if (near) {
                getStyleClass().add("near-limit");
            }
        }
    }

    /** A tree item that makes its children when first asked for them. */
    private final class LazyItem extends TreeItem<Object> {
        private boolean loaded;

        LazyItem(Object value) {
            super(value);
        }

        @Override
        public boolean isLeaf() {
            return childValues().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<Object>> getChildren() {
            if (!loaded) {
                loaded = true;
                List<TreeItem<Object>> items = childValues().stream()
                        .map(v -> v instanceof OperationTrace op ? item(op) : (TreeItem<Object>) new LazyItem(v)).toList();
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }

        private List<?> childValues() {
            return switch (getValue()) {
                case OperationTrace op -> op.steps();
                case TraceNode s -> s.children();
                case Group g -> g.jobs();
                default -> List.of();
            };
        }
    }
}
