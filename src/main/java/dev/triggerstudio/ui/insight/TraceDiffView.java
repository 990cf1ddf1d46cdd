package dev.triggerstudio.ui.insight;

import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.trace.golden.Difference;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Golden trace on the left, new run on the right, each line coloured by what differs there
 * (amber changed, red removed, green added); below, one line per difference: a click scrolls
 * both sides to it.
 */
public final class TraceDiffView extends BorderPane {
    private final TraceDiffViewModel vm;
    private final ListView<String> left = new ListView<>();
    private final ListView<String> right = new ListView<>();
    private final ListView<Difference> diffs = new ListView<>();

    public TraceDiffView(TraceDiffViewModel vm, String goldenTitle, String actualTitle) {
        this.vm = vm;
        setId("trace-diff");
        side(left, vm.goldenLines(), vm.goldenMarks(), "trace-diff-golden");
        side(right, vm.actualLines(), vm.actualMarks(), "trace-diff-actual");
        SplitPane sides = new SplitPane(titled(goldenTitle, left), titled(actualTitle, right));
        diffs.setId("trace-diff-list");
        diffs.setItems(FXCollections.observableArrayList(vm.differences()));
        diffs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Difference d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.kind() + "  " + d.describe());
            }
        });
        diffs.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> reveal(d));
        diffs.setPrefHeight(150);
        Label count = new Label(vm.differences().isEmpty() ? "Same behaviour: no differences."
                : Plural.of(vm.differences().size(), "behavioural difference"));
        count.setStyle("-fx-font-weight: bold;" + (vm.differences().isEmpty() ? " -fx-text-fill: #2e7d32;" : " -fx-text-fill: #c62828;"));
        VBox bottom = new VBox(4, count, diffs);
        bottom.setPadding(new Insets(6));
        setCenter(sides);
        setBottom(bottom);
        if (!vm.differences().isEmpty()) {
            diffs.getSelectionModel().selectFirst();
        }
    }

    private static VBox titled(String title, ListView<String> list) {
        Label l = new Label(title);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 4 6;");
        VBox box = new VBox(l, list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private static void side(ListView<String> list, List<String> lines, Map<Integer, TraceDiffViewModel.Mark> marks, String id) {
        list.setId(id);
        list.setFixedCellSize(18); // a trace is long: keep it dense, like a code editor
        list.setItems(FXCollections.observableArrayList(lines));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                TraceDiffViewModel.Mark m = empty ? null : marks.get(getIndex());
                setStyle("-fx-font-family: monospace; -fx-font-size: 11px; -fx-padding: 0 4;"
                        + (m == null ? "" : " -fx-background-color: " + colour(m) + ";"));
            }
        });
    }

    static String colour(TraceDiffViewModel.Mark m) {
        return switch (m) {
            case CHANGED -> "#ffe9a8";
            case ADDED -> "#c8f0c8";
            case REMOVED -> "#ffcdd2";
            case SAME -> "transparent";
        };
    }

    private void reveal(Difference d) {
        if (d == null) {
            return;
        }
        int g = vm.goldenLine(d);
        int a = vm.actualLine(d);
        if (g >= 0) {
            left.scrollTo(Math.max(0, g - 3));
        }
        if (a >= 0) {
            right.scrollTo(Math.max(0, a - 3));
        }
    }
}
