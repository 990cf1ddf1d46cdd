package dev.triggerstudio.ui.debugger;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The time-travel debugger: a recorded trigger run at its source, stepped line by line both ways.
 * Left the script (current line, executed and unreached lines, hits and time per line, breakpoints
 * in the gutter), right the variables and watches, below the run's records (with the line that
 * wrote each field) and its log. Keys as in IntelliJ and VS Code; Alt with a key goes backwards.
 */
public final class DebuggerView extends BorderPane {
    private final DebuggerViewModel vm;
    private final ScriptView script;
    private final VariablesView variables = new VariablesView();
    private final EffectsView effects;
    private final ObservableList<String> logLines = FXCollections.observableArrayList();
    private final Label where = new Label("Double-click a trigger in the trace (or select it and press Enter) to debug it");
    private final Label status = new Label();
    private final Tooltip whereTip = new Tooltip();

    public DebuggerView(DebuggerViewModel vm) {
        this.vm = vm;
        getStyleClass().add("debugger-view");
        getStylesheets().add(Objects.requireNonNull(DebuggerView.class.getResource("debugger.css")).toExternalForm());
        setId("debugger");
        script = new ScriptView(vm.breakpoints());
        effects = new EffectsView((row, line) -> vm.jumpTo(vm.frame().moment().run(), line, row.recordId()));
        where.setId("debugWhere");
        where.getStyleClass().add("title-4");
        status.setId("debugStatus");
        setTop(new VBox(toolbar(), padded(where)));
        setCenter(body());
        setBottom(padded(status));
        vm.frameProperty().addListener((o, was, now) -> show(now));
        vm.statusProperty().addListener((o, was, now) -> status.setText(now));
        vm.log().addListener((javafx.collections.ListChangeListener<String>) c -> refreshLog());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    public DebuggerViewModel viewModel() {
        return vm;
    }

    private static Node padded(Node n) {
        VBox box = new VBox(n);
        box.setPadding(new Insets(2, 8, 2, 8));
        return box;
    }

    private ToolBar toolbar() {
        ToolBar bar = new ToolBar();
        for (boolean forward : new boolean[] {false, true}) {
            bar.getItems().add(button(StepKind.CONTINUE, forward, forward ? Feather.FAST_FORWARD : Feather.REWIND));
            bar.getItems().add(button(StepKind.OVER, forward, forward ? Feather.CORNER_DOWN_RIGHT : Feather.CORNER_UP_LEFT));
            bar.getItems().add(button(StepKind.INTO, forward, forward ? Feather.ARROW_DOWN_RIGHT : Feather.ARROW_UP_LEFT));
            bar.getItems().add(button(StepKind.OUT, forward, forward ? Feather.ARROW_UP_RIGHT : Feather.ARROW_DOWN_LEFT));
            bar.getItems().add(button(StepKind.CURSOR, forward, forward ? Feather.CHEVRONS_RIGHT : Feather.CHEVRONS_LEFT));
            if (!forward) {
                bar.getItems().add(new Separator(Orientation.VERTICAL));
            }
        }
        bar.getItems().addAll(new Separator(Orientation.VERTICAL), menu());
        return bar;
    }

    private Button button(StepKind kind, boolean forward, Feather icon) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId((forward ? "fwd-" : "back-") + kind.name().toLowerCase());
        b.setTooltip(new Tooltip(kind.tooltip(forward)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> act(kind, forward));
        b.disableProperty().bind(vm.frameProperty().isNull());
        return b;
    }

    /** The Debug menu: every move with its keys, and the breakpoint commands. */
    private MenuButton menu() {
        MenuButton m = new MenuButton("Debug");
        m.setId("debugMenu");
        for (boolean forward : new boolean[] {true, false}) {
            for (StepKind k : StepKind.values()) {
                MenuItem item = new MenuItem(k.label(forward) + (k.otherKey(forward) == null ? "" : "  (" + k.otherKey(forward) + ")"));
                item.setAccelerator(KeyCombination.valueOf(k.key(forward)));
                item.setOnAction(e -> {
                    if (showing()) {
                        act(k, forward);
                    }
                });
                m.getItems().add(item);
            }
            m.getItems().add(new SeparatorMenuItem());
        }
        MenuItem toggle = new MenuItem("Toggle breakpoint at the caret (Ctrl+F8)");
        toggle.setOnAction(e -> toggleAtCaret());
        MenuItem edit = new MenuItem("Edit breakpoint at the caret… (Ctrl+Shift+F8, or right-click the gutter)");
        edit.setOnAction(e -> script.area().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.F8,
                true, true, false, false)));
        m.getItems().addAll(toggle, edit);
        return m;
    }

    private void toggleAtCaret() {
        if (script.script() != null) {
            vm.breakpoints().toggle(script.script(), script.area().getCurrentParagraph() + 1);
        }
    }

    /** Whether this view is on screen: the menu's keys act only then. */
    private boolean showing() {
        for (Parent p = this; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    private void act(StepKind kind, boolean forward) {
        if (kind == StepKind.CURSOR) {
            vm.runToLine(script.area().getCurrentParagraph() + 1, forward);
        } else {
            vm.step(kind, forward);
        }
    }

    private void key(KeyEvent e) {
        StepKind kind = switch (e.getCode()) {
            case F8 -> e.isShortcutDown() ? null : e.isShiftDown() ? StepKind.OUT : StepKind.OVER;
            case F10 -> e.isShortcutDown() ? StepKind.CURSOR : e.isShiftDown() ? null : StepKind.OVER;
            case F7 -> e.isShiftDown() ? null : StepKind.INTO;
            case F11 -> e.isShiftDown() ? StepKind.OUT : StepKind.INTO;
            case F9 -> e.isShortcutDown() || e.isShiftDown() ? null : StepKind.CONTINUE;
            default -> null;
        };
        if (kind != null) {
            act(kind, !e.isAltDown());
            e.consume();
        }
    }

    private SplitPane body() {
        TitledPane vars = new TitledPane("Variables", variables);
        vars.setCollapsible(false);
        TitledPane watches = new TitledPane("Watches", new WatchesView(vm));
        watches.setCollapsible(false);
        SplitPane right = new SplitPane(vars, watches);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.65);
        SplitPane top = new SplitPane(script, right);
        top.setDividerPositions(0.58);
        ListView<String> log = new ListView<>(logLines);
        log.setId("debugLog");
        log.setPlaceholder(new Label("Nothing logged"));
        TabPane below = new TabPane(new Tab("Records", effects), new Tab("Log", log));
        below.getTabs().forEach(t -> t.setClosable(false));
        below.setId("debugBelow");
        SplitPane all = new SplitPane(top, below);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.66);
        return all;
    }

    private void show(Frame f) {
        if (f == null) {
            return;
        }
        where.setText(f.trigger() + " · line " + f.line() + " · " + f.where());
        whereTip.setText(f.script() + ":" + f.line() + "\n" + f.where() + "\n" + f.position());
        where.setTooltip(whereTip);
        script.show(f);
        variables.show(f.variables());
        effects.getItems().setAll(EffectRow.of(f.records()));
        refreshLog();
    }

    /** The run's own log, then what logpoints wrote in this session. */
    private void refreshLog() {
        Frame f = vm.frame();
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (f != null) {
            lines.addAll(f.logs());
        }
        vm.log().forEach(l -> lines.add("logpoint " + l));
        logLines.setAll(lines);
    }

    /** For tests: the style of a line of the script (debug-current, debug-executed, debug-unreached). */
    public String lineStyle(int line) {
        return script.lineStyle(line);
    }

    /** Gives the keyboard to the script, where the stepping keys and Ctrl+F8 work. */
    public void focusCode() {
        script.area().requestFocus();
    }

    /** Puts the caret on a line of the script (run to cursor goes there). */
    public void caretTo(int line) {
        script.area().moveTo(line - 1, 0);
        script.area().requestFocus();
    }
}
