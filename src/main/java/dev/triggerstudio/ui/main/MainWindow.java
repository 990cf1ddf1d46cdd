package dev.triggerstudio.ui.main;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.ui.console.LogConsoleView;
import dev.triggerstudio.ui.explorer.ExplorerView;
import dev.triggerstudio.ui.problems.ProblemsView;
import dev.triggerstudio.ui.simulator.SimulatorView;
import dev.triggerstudio.ui.trigger.NewTriggerDialog;
import dev.triggerstudio.ui.trigger.TriggerInspector;
import dev.triggerstudio.ui.workspace.Document;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The IDE window: explorer | editor tabs | inspector, Problems and Log below, menus above and a
 * status bar. Perspectives (Author now, Simulate later) switch the whole centre area.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final TabPane editorTabs = new TabPane();
    private final StackPane inspector = new StackPane();
    private final StackPane perspectiveArea = new StackPane();
    private final ToggleGroup perspectives = new ToggleGroup();
    private final HBox perspectiveBar = new HBox(2);
    private final Map<Document, Tab> tabs = new HashMap<>();
    private final Map<Tab, EditorPane> panes = new HashMap<>();
    private final Map<Tab, ConflictBar> conflictBars = new HashMap<>();
    private final StatusBar status;
    private final TabPane bottom = new TabPane();
    private SimulatorView simulator;
    private final ToggleButton simulatorButton;
    /** The perspectives whose content is not built yet, with what builds it. */
    private final Map<ToggleButton, java.util.function.Supplier<Node>> unbuilt = new java.util.LinkedHashMap<>();
    private dev.triggerstudio.ui.tests.TestsView testsView;
    private Tab testsTab;

    public MainWindow(MainViewModel vm, MainMenusHost host) {
        this.vm = vm;
        setId("main-window");
        getStyleClass().add("main-window");
        status = new StatusBar(vm);
        editorTabs.setId("editor-tabs");
        editorTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        inspector.setId("inspector");
        inspector.getStyleClass().add("inspector");
        SplitPane author = authorPerspective();
        perspectiveBar.getStyleClass().add("perspective-bar");
        addPerspective("Author", author);
        // Not needed for the first frame: built once the window has shown it, or when asked for first.
        simulatorButton = addPerspective("Simulator", this::newSimulator);
        addPerspective("Insight", this::newInsight);
        sceneProperty().addListener(new BuildAfterFirstFrame());
        setTop(new VBox(new MainMenus(this, vm, host).menuBar(), perspectiveBar));
        setCenter(perspectiveArea);
        setBottom(status);
        vm.openDocuments().addListener((ListChangeListener<Document>) c -> syncTabs());
        vm.activeProperty().addListener((o, a, d) -> selectTab(d));
        editorTabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> tabSelected(t));
        showInspector(null);
    }

    private SplitPane authorPerspective() {
        ExplorerView explorer = new ExplorerView(vm.explorer(), path -> vm.openPath(path));
        // the explorer shows which file is open, as the tabs change
        vm.activeProperty().addListener((o, a, d) -> {
            if (d != null) {
                explorer.reveal(d.files());
            }
        });
        Label inspectorHeader = new Label("INSPECTOR");
        inspectorHeader.getStyleClass().add("panel-header");
        BorderPane inspectorPane = new BorderPane(inspector, inspectorHeader, null, null, null);
        SplitPane editorAndInspector = new SplitPane(editorTabs, inspectorPane);
        editorAndInspector.setDividerPositions(0.52);
        bottom.setId("bottom-panels");
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab problems = new Tab("Problems", new ProblemsView(vm.problems(), this::jumpTo));
        problems.setId("tab-problems");
        problems.textProperty().bind(vm.problems().summaryProperty().map(s -> "Problems · " + s));
        Tab log = new Tab("Log", new LogConsoleView(vm.log()));
        log.setId("tab-log");
        bottom.getTabs().addAll(problems, log, testsTab());
        SplitPane vertical = new SplitPane(editorAndInspector, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.74);
        explorer.setMinWidth(210);
        explorer.setPrefWidth(240);
        SplitPane main = new SplitPane(explorer, vertical);
        main.setDividerPositions(0.16);
        SplitPane.setResizableWithParent(explorer, false);
        return main;
    }

    /** The Tests view (issue 19): the project's tests with coverage, which the editors then mark. */
    private Tab testsTab() {
        var marks = dev.triggerstudio.ui.tests.CoverageMarks.of(vm.workspace().root());
        var model = new dev.triggerstudio.ui.tests.TestsViewModel(vm.workspace()::project, vm.runtimes(), vm.executor(), marks)
                .unsavedFiles(() -> vm.openDocuments().stream().filter(Document::isDirty).map(Document::title).toList());
        testsView = new dev.triggerstudio.ui.tests.TestsView(model, Shortcuts.text(MainMenus.RUN_ALL_TESTS),
                (path, line) -> jumpTo(Diagnostic.warning(path, line, 1, "")));
        testsTab = new Tab("Tests", testsView);
        testsTab.setId("tab-tests");
        return testsTab;
    }

    /** Runs every test with coverage (Ctrl+Shift+F9), showing the Tests view in the Author perspective. */
    public void runAllTests() {
        showPerspective("Author");
        bottom.getSelectionModel().select(testsTab);
        testsView.viewModel().runAll();
    }

    public dev.triggerstudio.ui.tests.TestsView tests() {
        return testsView;
    }

    /** The Simulator perspective (issue 7); an error's link opens its script in the Author perspective. */
    private Node newSimulator() {
        Path root = vm.workspace().root();
        SimulatorView simulator = SimulatorView.fedByCaller(root, vm.runtimes());
        this.simulator = simulator;
        simulator.setOnOpenScript((file, line) -> {
            perspectives.selectToggle(perspectives.getToggles().getFirst());
            String relative = root.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
            jumpTo(Diagnostic.error(relative, line, 1, ""));
        });
        simulator.setOnOpenProblem(d -> {
            perspectives.selectToggle(perspectives.getToggles().getFirst());
            jumpTo(d);
        });
        // every read of the folder (open, save, a change on disk) reaches the simulator: no restart, no second read
        vm.lastReadProperty().addListener((o, was, now) -> simulator.session().apply(now));
        if (vm.lastReadProperty().get() != null) {
            simulator.session().apply(vm.lastReadProperty().get());
        }
        return simulator;
    }

    /** The Insight perspective (issue 10): cascade graph, limits, golden traces, Run When lens; links open in Author. */
    private Node newInsight() {
        return new dev.triggerstudio.ui.insight.InsightPanel(vm.workspace().projectProperty(),
                vm.runtimes(), vm.executor(), (path, line) -> {
                    perspectives.selectToggle(perspectives.getToggles().getFirst());
                    jumpTo(Diagnostic.warning(path, line, 1, ""));
                });
    }

    /** Adds a perspective (the simulator will be one); the first one added is shown. */
    public void addPerspective(String name, Node content) {
        addPerspective(name, () -> content);
    }

    private ToggleButton addPerspective(String name, java.util.function.Supplier<Node> content) {
        ToggleButton b = new ToggleButton(name);
        b.setId("perspective-" + name.toLowerCase());
        b.setToggleGroup(perspectives);
        unbuilt.put(b, content);
        b.setTooltip(new javafx.scene.control.Tooltip(name + " (" + Shortcuts.text("Shortcut+" + (perspectiveBar.getChildren()
                .size() + 1)) + ")"));
        // a click must not leave the focus on the button: the keys of the perspective (F5, F10) work where it lands
        b.setFocusTraversable(false);
        perspectiveBar.getChildren().add(b);
        perspectives.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else if (t == b) {
                Node shown = contentOf(b);
                perspectiveArea.getChildren().setAll(shown);
                focusInto(shown);
            }
        });
        if (perspectives.getSelectedToggle() == null) {
            b.setSelected(true);
            perspectiveArea.getChildren().setAll(contentOf(b));
        }
        return b;
    }

    /** A perspective's content, built now if it was not yet; it is also the button's user data. */
    private Node contentOf(ToggleButton b) {
        var build = unbuilt.remove(b);
        if (build != null) {
            b.setUserData(build.get());
        }
        return (Node) b.getUserData();
    }

    /**
     * The window's first frame shows the Author perspective only; the others (the Simulator's and
     * Insight's views, hundreds of classes between them) are built right after it has been shown,
     * one per event, so the window appears sooner and they are ready before the user switches.
     */
    private final class BuildAfterFirstFrame implements javafx.beans.value.ChangeListener<javafx.scene.Scene> {
        private boolean laidOut;

        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                javafx.scene.Scene was, javafx.scene.Scene scene) {
            if (scene == null) {
                return;
            }
            sceneProperty().removeListener(this);
            Runnable afterLayout = new Runnable() {
                @Override
                public void run() {
                    if (!laidOut) {
                        laidOut = true;
                        // the pulse paints after its layout; a listener may not remove itself while the scene calls it
                        javafx.application.Platform.runLater(() -> {
                            scene.removePostLayoutPulseListener(this);
                            buildNextPerspective();
                        });
                    }
                }
            };
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void buildNextPerspective() {
        if (!unbuilt.isEmpty()) {
            contentOf(unbuilt.keySet().iterator().next());
            javafx.application.Platform.runLater(this::buildNextPerspective);
        }
    }

    /** Shows a perspective by its name ("Author", "Simulator", "Insight"), as the View menu and Ctrl+1/2/3 do. */
    public void showPerspective(String name) {
        perspectives.getToggles().stream().filter(t -> ((ToggleButton) t).getText().equals(name)).findFirst()
                .ifPresent(t -> {
                    perspectives.selectToggle(t);
                    focusInto(contentOf((ToggleButton) t));
                });
    }

    /** The name of the perspective shown. */
    public String perspective() {
        return ((ToggleButton) perspectives.getSelectedToggle()).getText();
    }

    /** F5 has one meaning everywhere: run the chosen batch, in the Simulator, which is shown. */
    public void runBatch() {
        showPerspective("Simulator");
        simulator().session().run();
    }

    SimulatorView simulator() {
        contentOf(simulatorButton);
        return simulator;
    }

    /** After a switch the focus is where the perspective's keys work: the editor, the trace, the tabs. */
    private void focusInto(Node content) {
        Node target = content == simulator ? simulator.focusTarget()
                : content instanceof SplitPane ? activePane().map(p -> p.code() == null ? null : (Node) p.code().area())
                .orElse(editorTabs) : content;
        javafx.application.Platform.runLater(target::requestFocus);
    }

    private void syncTabs() {
        for (Document d : vm.openDocuments()) {
            tabs.computeIfAbsent(d, this::newTab);
        }
        tabs.entrySet().removeIf(e -> {
            if (!vm.openDocuments().contains(e.getKey())) {
                editorTabs.getTabs().remove(e.getValue());
                panes.remove(e.getValue()).dispose();
                conflictBars.remove(e.getValue()).dispose();
                return true;
            }
            return false;
        });
    }

    private Tab newTab(Document d) {
        EditorPane pane = EditorPane.of(d, vm);
        Tab tab = new Tab();
        tab.setId("tab-" + d.title());
        tab.textProperty().bind(d.dirtyProperty().map(dirty -> (dirty ? "● " : "") + d.title()));
        ConflictBar bar = new ConflictBar(vm, d, this::showError);
        conflictBars.put(tab, bar);
        tab.setContent(new BorderPane(pane.editor(), bar, null, null, null));
        tab.setOnCloseRequest(e -> {
            if (!confirmLoseEdits(d)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> vm.close(d));
        panes.put(tab, pane);
        editorTabs.getTabs().add(tab);
        return tab;
    }

    private void selectTab(Document d) {
        Tab t = d == null ? null : tabs.get(d);
        if (t != null) {
            editorTabs.getSelectionModel().select(t);
        }
    }

    private void tabSelected(Tab t) {
        EditorPane pane = t == null ? null : panes.get(t);
        showInspector(pane);
        if (pane != null && vm.activeProperty().get() != pane.document()) {
            vm.activeProperty().set(pane.document());
        }
        if (pane != null && pane.code() != null) {
            var area = pane.code().area();
            status.caret.textProperty().bind(area.caretPositionProperty().map(p ->
                    "Ln " + (area.getCurrentParagraph() + 1) + ", Col " + (area.getCaretColumn() + 1)));
        } else {
            status.caret.textProperty().unbind();
            status.caret.setText("");
        }
    }

    private void showInspector(EditorPane pane) {
        if (pane == null) {
            Label hint = new Label("Open a trigger to see its details, Run When conditions and permissions.");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            inspector.getChildren().setAll(hint);
        } else {
            inspector.getChildren().setAll(pane.inspector());
        }
    }

    /** Opens the file of a problem and puts the caret on its line. */
    public void jumpTo(Diagnostic d) {
        vm.openPath(d.path()).ifPresent(doc -> {
            EditorPane pane = panes.get(tabs.get(doc));
            if (pane != null && pane.code() != null && pane.code().viewModel().path().equals(d.path())) {
                pane.code().goTo(d.line(), d.column());
            } else if (pane != null && pane.inspector() instanceof TriggerInspector ti) {
                ti.select("Details");
            }
        });
    }

    /** Asks before unsaved edits are lost; true when it is fine to go on. */
    public boolean confirmLoseEdits(Document d) {
        if (!d.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, d.title() + " has unsaved changes.", save, discard,
                ButtonType.CANCEL);
        a.setHeaderText("Save changes to " + d.title() + "?");
        a.initOwner(window());
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || vm.save(d).isEmpty();
    }

    public void newTrigger() {
        new NewTriggerDialog(window(), vm.newTrigger()).ask().ifPresent(vm::createTrigger);
    }

    public void showError(String message) {
        Alert a = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        a.setHeaderText("Not saved");
        a.initOwner(window());
        a.show();
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public Optional<EditorPane> activePane() {
        Tab t = editorTabs.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(t == null ? null : panes.get(t));
    }

    /** Stops the simulator's worker and closes the editors' subscriptions: the window is going away. */
    public void dispose() {
        if (simulator != null) {
            simulator.dispose();
        }
        panes.values().forEach(EditorPane::dispose);
        conflictBars.values().forEach(ConflictBar::dispose);
    }

    public TabPane editorTabs() {
        return editorTabs;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    StatusBar status() {
        return status;
    }
}
