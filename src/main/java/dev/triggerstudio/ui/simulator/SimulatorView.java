package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.FxTaskExecutor;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.simulator.model.HistoryEntry;
import dev.triggerstudio.ui.simulator.model.ScriptLink;
import dev.triggerstudio.ui.simulator.model.SimulatorSession.Event;
import dev.triggerstudio.ui.simulator.model.SimulatorSession.RunState;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Simulator perspective: choose a batch and a user, Run (F5), step through the recorded trace
 * (F10 / Shift+F10), inspect each step's records, browse the store and the outbox. Self-contained:
 * the main window only places it and wires {@link #setOnOpenScript}.
 */
public final class SimulatorView extends BorderPane {
    private final SimulatorSession session;
    private final SimulatorToolbar toolbar;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Timeline timeline = new Timeline();
    private final TraceTree tree;
    private final StepDetailView detail;
    private final BatchEditorView editor;
    private final StoreBrowserView store;
    private final OutboxView outbox;
    private final TabPane tabs = new TabPane();
    private final SimulatorDebugging debugging;
    private BiConsumer<Path, Integer> onOpenScript = (file, line) -> { };
    private final TaskExecutor executor;

    /** A view that reads its project itself, at once; runs use {@code runtimes}. */
    public SimulatorView(Path projectRoot, ScriptRuntimes runtimes) {
        this(projectRoot, runtimes, worker());
    }

    public SimulatorView(Path projectRoot, ScriptRuntimes runtimes, TaskExecutor executor) {
        this(new SimulatorSession(projectRoot, runtimes, executor), executor);
        session.reload();
        store.refresh();
    }

    /** A view whose project is read in the background (it must open at once, whatever the project's size). */
    public static SimulatorView loadingInBackground(Path projectRoot, ScriptRuntimes runtimes) {
        SimulatorView v = fedByCaller(projectRoot, runtimes);
        v.session.reloadInBackground();
        return v;
    }

    /**
     * A view that reads nothing itself: the main window hands it each fresh read of the project
     * ({@link SimulatorSession#apply}), the one it makes at open, after a save, and when a file
     * changes on disk, so the batch list follows the folder without a second read. Runs use the
     * IDE's own runtimes.
     */
    public static SimulatorView fedByCaller(Path projectRoot, ScriptRuntimes runtimes) {
        FxTaskExecutor executor = worker();
        return new SimulatorView(new SimulatorSession(projectRoot, runtimes, executor), executor);
    }

    /**
     * The simulator's own worker, in order: a store read queued behind a run sees its result. Every
     * piece of its work names its own error handler, so the executor's is never reached.
     */
    private static FxTaskExecutor worker() {
        return FxTaskExecutor.inOrder("simulator-worker", e -> { });
    }

    private SimulatorView(SimulatorSession session, TaskExecutor executor) {
        this.executor = executor;
        this.session = session;
        getStyleClass().add("simulator-view");
        getStylesheets().add(Objects.requireNonNull(SimulatorView.class.getResource("simulator.css")).toExternalForm());
        toolbar = new SimulatorToolbar(session, status::setText);
        tree = new TraceTree(this::limits);
        detail = new StepDetailView(session::project);
        editor = new BatchEditorView(session);
        store = new StoreBrowserView(session);
        outbox = new OutboxView(session);
        debugging = new SimulatorDebugging(session, status::setText);
        setTop(new VBox(toolbar, timeline, Timeline.legend()));
        setCenter(tabs());
        setBottom(statusBar());
        wire();
    }

    /** Cancels a run in progress and stops the worker thread (when the project or window closes). */
    public void dispose() {
        session.cancel();
        if (executor instanceof FxTaskExecutor own) {
            own.shutdown();
        }
        debugging.dispose();
    }

    /** Where the focus goes when the perspective is shown: the trace, so that F10 steps at once. */
    public javafx.scene.Node focusTarget() {
        return switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 0 -> tree;
            case 1 -> debugging.view();
            default -> tabs;
        };
    }

    /** The view model, for the main window and tests. */
    public SimulatorSession session() {
        return session;
    }

    /** Called with the script file (absolute) and line when the user follows an error's link. */
    public void setOnOpenScript(BiConsumer<Path, Integer> action) {
        this.onOpenScript = action == null ? (f, l) -> { } : action;
    }

    /** Called with a broken batch's first error when the user picks that batch: the window opens it there. */
    public void setOnOpenProblem(Consumer<Diagnostic> action) {
        toolbar.setOnOpenProblem(action);
    }

    private Limits limits() {
        Project p = session.project();
        return p == null ? Limits.DEFAULTS : p.limits();
    }

    private TabPane tabs() {
        SplitPane trace = new SplitPane(tree, detail);
        trace.setDividerPositions(0.55);
        tabs.getTabs().addAll(new Tab("Trace", trace), new Tab("Debugger", debugging.view()), new Tab("Batch", editor),
                new Tab("Store", store), new Tab("Outbox", outbox));
        tabs.getTabs().forEach(t -> t.setId("tab" + t.getText()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && "Store".equals(now.getText())) {
                store.refresh();
            } else if (now != null && "Outbox".equals(now.getText())) {
                outbox.refresh();
            }
        });
        return tabs;
    }

    private HBox statusBar() {
        status.setId("status");
        progress.setId("progress");
        progress.setPrefWidth(220);
        HBox bar = new HBox(10, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(status, Priority.ALWAYS);
        return bar;
    }

    private void wire() {
        session.addListener(this::on);
        tree.onSelect(this::selected);
        tree.onOpen(this::open);
        detail.writtenBy(debugging::writtenBy, (writer, recordId) -> {
            debugging.open(writer, recordId);
            tabs.getSelectionModel().select(1);
            debugging.view().focusCode();
        });
        timeline.onPick(session::selectOrder);
        detail.onOpenScript(this::openScript);
        store.onOpenHistory(this::openHistory);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        updateButtons();
    }

    private void key(KeyEvent e) {
        if (debuggerShowing() && e.getCode() != KeyCode.F5) {
            return; // the debugger has its own F7–F11
        }
        if (e.getCode() == KeyCode.F5) {
            session.run();
            e.consume();
        } else if (e.getCode() == KeyCode.F10) {
            if (e.isShiftDown()) {
                session.stepBack();
            } else {
                session.stepForward();
            }
            e.consume();
        }
    }

    private void on(Event e) {
        switch (e) {
            case PROJECT -> projectLoaded();
            case BATCH -> {
                toolbar.batchChanged();
                editor.batchChanged();
            }
            case RUN_STATE -> updateButtons();
            case PROGRESS -> progress.setProgress(session.progress());
            case TRACE -> {
                tree.show(session.trace());
                timeline.show(session.cursor());
            }
            case CURSOR -> cursorMoved();
            case STORE -> {
                store.refresh();
                outbox.refresh();
            }
            case STATUS -> status.setText(session.status());
        }
    }

    private void projectLoaded() {
        toolbar.projectLoaded();
        store.projectChanged(session.project());
    }

    private void updateButtons() {
        RunState s = session.runState();
        toolbar.runStateChanged();
        progress.setProgress(s == RunState.IDLE ? session.progress() : ProgressBar.INDETERMINATE_PROGRESS);
        if (s == RunState.RUNNING) {
            progress.setProgress(0);
        }
    }

    private void cursorMoved() {
        var cursor = session.cursor();
        toolbar.cursorMoved(cursor);
        timeline.moveTo(cursor.index());
        cursor.current().ifPresentOrElse(p -> {
            tree.reveal(p);
            detail.show(p, limits());
        }, () -> {
            if (!tree.getSelectionModel().isEmpty() && tree.getSelectionModel().getSelectedItem().getValue() instanceof OperationTrace) {
                return;
            }
            detail.clear();
        });
        store.cursorMoved();
    }

    private void selected(Object value) {
        if (value instanceof TraceNode s) {
            session.select(s);
        } else if (value instanceof OperationTrace op) {
            detail.show(op);
        }
    }

    /** True while the Debugger tab shows: F7–F11 are the debugger's then, not the trace's. */
    public boolean debuggerShowing() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t != null && "Debugger".equals(t.getText());
    }

    /**
     * A trigger node opens in the debugger; a node the debugger cannot open (an automation) opens
     * its source in the Author perspective, at its error line or its first line.
     */
    private void open(Object value) {
        if (value instanceof TraceNode s && debugging.open(s)) {
            tabs.getSelectionModel().select(1);
            debugging.view().focusCode();
        } else if (value instanceof TraceNode s) {
            ScriptLink.of(s, session.project()).ifPresent(this::openScript);
        }
    }

    /** The debugger of this perspective, for the main window and tests. */
    public dev.triggerstudio.ui.debugger.DebuggerView debugger() {
        return debugging.view();
    }

    private void openScript(ScriptLink link) {
        status.setText("Open " + link.label());
        onOpenScript.accept(link.file(), link.line());
    }

    private void openHistory(HistoryEntry h) {
        session.select(h.position().step());
        tabs.getSelectionModel().select(0);
    }
}
