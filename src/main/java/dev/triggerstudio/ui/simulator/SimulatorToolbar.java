package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.ui.simulator.model.BatchEntry;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import dev.triggerstudio.ui.simulator.model.SimulatorSession.RunState;
import dev.triggerstudio.ui.simulator.model.StepCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Simulator's toolbar: the batch and user choices, run, cancel and reset, the step buttons and
 * the trace files. It keeps its buttons in step with the session's run state and cursor.
 */
final class SimulatorToolbar extends ToolBar {
    private static final String NO_USER = "(as the batch says)";
    private final SimulatorSession session;
    private final Consumer<String> status;
    private final ComboBox<String> batches = new ComboBox<>();
    private final ComboBox<String> users = new ComboBox<>();
    private final Button run = button("Run", Feather.PLAY, "Replay the whole batch (F5)");
    private final Button cancel = button("Cancel", Feather.X_CIRCLE, "Stop before the next operation");
    private final Button reset = button("Reset store", Feather.ROTATE_CCW, "Re-seed the store from data/");
    private final Button back = button("", Feather.CHEVRON_LEFT, "Step back (Shift+F10)");
    private final Button forward = button("", Feather.CHEVRON_RIGHT, "Step forward (F10)");
    private Consumer<Diagnostic> onOpenProblem = d -> { };

    /** @param status where a message for the status line goes */
    SimulatorToolbar(SimulatorSession session, Consumer<String> status) {
        this.session = session;
        this.status = status;
        wireChoices();
        wireButtons();
        getItems().addAll(new Label("Batch"), batches, new Label("User"), users, run, cancel, reset,
                new Separator(Orientation.VERTICAL), back, forward, new Separator(Orientation.VERTICAL),
                traceButton(false), traceButton(true));
    }

    void setOnOpenProblem(Consumer<Diagnostic> action) {
        this.onOpenProblem = action == null ? d -> { } : action;
    }

    private void wireChoices() {
        batches.setId("batchChoice");
        batches.setCellFactory(l -> new BatchCell(this::entry));
        batches.setButtonCell(new BatchCell(this::entry));
        batches.setOnAction(e -> batchPicked(batches.getValue()));
        users.setId("userChoice");
        users.setOnAction(e -> session.user(NO_USER.equals(users.getValue()) ? null : users.getValue()));
    }

    private void wireButtons() {
        run.setId("runButton");
        run.setOnAction(e -> session.run());
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> session.cancel());
        reset.setId("resetButton");
        reset.setOnAction(e -> session.resetStore());
        back.setId("stepBack");
        back.setOnAction(e -> session.stepBack());
        forward.setId("stepForward");
        forward.setOnAction(e -> session.stepForward());
    }

    private Button traceButton(boolean save) {
        Button b = save
                ? button("Save trace…", Feather.SAVE, "Save this run's trace as --trace JSON")
                : button("Open trace…", Feather.FOLDER, "Open a trace saved here or by ./studio simulate --trace");
        if (save) {
            b.setId("saveTrace");
        }
        b.setOnAction(e -> chooseTrace(save));
        return b;
    }

    /** A fresh read of the project: its batches and users, keeping the choices. */
    void projectLoaded() {
        String chosen = session.batch() == null ? null : session.batch().name();
        batches.setItems(FXCollections.observableArrayList(session.batches().stream().map(BatchEntry::name).toList()));
        batches.setValue(chosen);
        List<String> ids = new ArrayList<>();
        ids.add(NO_USER);
        ids.addAll(session.userIds());
        users.setItems(FXCollections.observableArrayList(ids));
        users.setValue(session.user() == null ? NO_USER : session.user());
    }

    void batchChanged() {
        batches.setValue(session.batch() == null ? null : session.batch().name());
    }

    void runStateChanged() {
        RunState s = session.runState();
        run.setDisable(s != RunState.IDLE);
        reset.setDisable(s != RunState.IDLE);
        cancel.setDisable(s != RunState.RUNNING);
    }

    void cursorMoved(StepCursor cursor) {
        back.setDisable(!cursor.canBack());
        forward.setDisable(!cursor.canForward());
    }

    private BatchEntry entry(String name) {
        return session.batches().stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    /** A valid batch becomes the one to edit and run; a broken one opens at its error, and the choice stays. */
    private void batchPicked(String name) {
        BatchEntry picked = name == null ? null : entry(name);
        if (picked != null && picked.broken()) {
            Platform.runLater(() -> batches.setValue(session.batch() == null ? null : session.batch().name()));
            status.accept("Open " + picked.error());
            onOpenProblem.accept(picked.error());
        } else if (name != null && (session.batch() == null || !name.equals(session.batch().name()))) {
            session.selectBatch(name);
        }
    }

    private void chooseTrace(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Trace JSON", "*.json"));
        chooser.setInitialDirectory(session.root().toFile());
        var window = getScene() == null ? null : getScene().getWindow();
        var file = save ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        if (file != null) {
            if (save) {
                session.saveTrace(file.toPath());
            } else {
                session.openTrace(file.toPath());
            }
        }
    }

    private static Button button(String text, Feather icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
