package dev.triggerstudio.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Export: target file, optional signing key, optional push to a saved server profile, a progress
 * bar and the server's answer. All state lives in {@link ExportViewModel}; this class only binds controls.
 */
public final class ExportDialog {
    private static final String TITLE = "Export trigger bundle";
    private final Stage stage = new Stage();
    private final ExportViewModel model;

    private ExportDialog(Window owner, ExportViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(TITLE);
        Scene scene = new Scene(framed(layout()), 660, 480);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets()); // the IDE's theme, dark or light
        }
        stage.setScene(scene);
    }

    /** Opens the dialog for a project; the work runs on a background thread that ends with the dialog. */
    public static Stage show(Window owner, Path projectRoot) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "export-bundle");
            t.setDaemon(true);
            return t;
        });
        ExportDialog dialog = new ExportDialog(owner, ExportViewModel.standard(projectRoot, background, Platform::runLater));
        dialog.stage.setOnHidden(e -> background.shutdown());
        dialog.stage.show();
        return dialog.stage;
    }

    /**
     * The title inside the window and a border around it, as the IDE's other dialogs have: where the
     * window manager draws no decorations (a bare X display, some tiling desktops) the window still
     * says what it is and where it ends.
     */
    private static BorderPane framed(GridPane content) {
        Label title = new Label(TITLE);
        title.setId("export-title");
        title.getStyleClass().add("title-3");
        Label subtitle = new Label("A zip of the project's triggers and automations, checked first, optionally signed and pushed");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        VBox header = new VBox(2, title, subtitle);
        header.getStyleClass().add("dialog-header");
        header.setPadding(new Insets(12, 12, 8, 12));
        BorderPane root = new BorderPane(content, header, null, null, null);
        root.setId("export-dialog");
        root.getStyleClass().add("studio-dialog");
        return root;
    }

    private GridPane layout() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut short
        grid.getColumnConstraints().addAll(labels, grow());
        grid.addRow(0, new Label("Bundle file"), fileRow(model.targetFileProperty().get(), true, "export-target"));
        grid.addRow(1, new Label("Sign with key"), fileRow("", false, "export-sign-key"));
        grid.addRow(2, new Label("Push to"), profileChoice());
        CheckBox allowErrors = new CheckBox("Export even if the project has errors");
        allowErrors.selectedProperty().bindBidirectional(model.allowErrorsProperty());
        grid.add(allowErrors, 1, 3);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(4, new Label("Progress"), bar);
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        grid.add(status, 1, 5);
        grid.addRow(6, new Label("Server's answer"), answerArea());
        ListView<String> problems = new ListView<>(model.problems());
        problems.setPrefHeight(90);
        grid.addRow(7, new Label("Problems"), problems);
        grid.add(buttons(), 1, 8);
        return grid;
    }

    private HBox fileRow(String initial, boolean save, String id) {
        TextField field = new TextField(initial);
        field.setId(id);
        field.textProperty().bindBidirectional(save ? model.targetFileProperty() : model.signKeyProperty());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialDirectory(model.projectRoot().getParent().toFile());
            File f = save ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
            if (f != null) {
                field.setText(f.getPath());
            }
        });
        HBox row = new HBox(6, field, browse);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private ComboBox<String> profileChoice() {
        ComboBox<String> profiles = new ComboBox<>(model.profiles());
        profiles.setId("export-push-profile");
        profiles.valueProperty().bindBidirectional(model.pushProfileProperty());
        return profiles;
    }

    private TextArea answerArea() {
        TextArea answer = new TextArea();
        answer.setId("export-server-answer");
        answer.setEditable(false);
        answer.setWrapText(true);
        answer.setPrefRowCount(3);
        answer.textProperty().bind(model.serverAnswerProperty());
        return answer;
    }

    private HBox buttons() {
        Button export = new Button("Export");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> model.export());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        return new HBox(8, export, close);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
