package dev.triggerstudio.ui.tests;

import dev.triggerstudio.engine.coverage.ScriptCoverage;
import dev.triggerstudio.ui.common.FullText;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The Tests view (bottom of the Author perspective): Run all tests with progress, pass or fail per
 * test, and the coverage per trigger. Enter or a double-click opens a test's file, or a trigger's
 * script at its first uncovered line.
 */
public final class TestsView extends BorderPane {
    private final TestsViewModel vm;
    private final TableView<TestsViewModel.TestRow> tests = new TableView<>();
    private final TableView<ScriptCoverage> coverage = new TableView<>();

    /**
     * @param shortcut how the menu writes Run all tests' key ("Ctrl+Shift+F9"), for the button's tooltip
     * @param open     opens a project file at a 1-based line
     */
    public TestsView(TestsViewModel vm, String shortcut, BiConsumer<String, Integer> open) {
        this.vm = vm;
        setId("tests-view");
        setTop(toolbar(shortcut));
        testsTable(open);
        coverageTable(open);
        SplitPane split = new SplitPane(tests, coverage);
        split.setDividerPositions(0.55);
        setCenter(split);
    }

    private HBox toolbar(String shortcut) {
        Button run = new Button("Run all tests");
        run.setId("tests-run");
        run.setTooltip(new Tooltip("Run every tests/*.json with coverage, as ./studio test --coverage does (" + shortcut + ")"));
        run.setOnAction(e -> vm.runAll());
        run.disableProperty().bind(vm.runningProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("tests-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setPrefWidth(140);
        Label status = new Label();
        status.setId("tests-status");
        status.textProperty().bind(vm.statusProperty());
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(8, run, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private void testsTable(BiConsumer<String, Integer> open) {
        tests.setId("tests-table");
        tests.setItems(vm.tests());
        tests.setPlaceholder(new Label("No test run yet"));
        tests.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tests.getColumns().add(column("Result", 70, t -> t.passed() ? "PASS" : "FAIL"));
        tests.getColumns().add(column("Test", 170, t -> "tests/" + t.name() + ".json"));
        tests.getColumns().add(column("Time", 70, t -> String.format("%.2f s", t.seconds())));
        tests.getColumns().add(column("First problem", 300, TestsViewModel.TestRow::firstProblem));
        tests.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TestsViewModel.TestRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("test-passed", "test-failed");
                if (!empty && row != null) {
                    getStyleClass().add(row.passed() ? "test-passed" : "test-failed");
                }
            }
        });
        onOpen(tests, row -> open.accept("tests/" + row.name() + ".json", 1));
    }

    private void coverageTable(BiConsumer<String, Integer> open) {
        coverage.setId("coverage-table");
        coverage.setItems(vm.coverage());
        coverage.setPlaceholder(new Label("Coverage per trigger shows after a run"));
        coverage.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        coverage.getColumns().add(column("Trigger", 170, ScriptCoverage::triggerId));
        coverage.getColumns().add(column("Lines", 110, c -> c.covered() + " of " + c.executable()));
        coverage.getColumns().add(column("Coverage", 90, c -> c.executable() == 0 ? "no executable lines"
                : TestsViewModel.percent(c.percent())));
        onOpen(coverage, c -> open.accept(c.path(), TestsViewModel.firstUncovered(c)));
    }

    private static <S> TableColumn<S, String> column(String title, double width, java.util.function.Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        c.setCellFactory(FullText.tableCells());
        c.setPrefWidth(width);
        return c;
    }

    private static <S> void onOpen(TableView<S> table, Consumer<S> action) {
        table.setOnKeyPressed(e -> {
            S item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                action.accept(item);
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            S item = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                action.accept(item);
            }
        });
    }

    public TableView<TestsViewModel.TestRow> testsTable() {
        return tests;
    }

    public TableView<ScriptCoverage> coverageTable() {
        return coverage;
    }

    public TestsViewModel viewModel() {
        return vm;
    }
}
