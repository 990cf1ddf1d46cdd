package dev.triggerstudio.ui.insight;

import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.engine.RunWhenLens;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.TriggerDef;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A small panel for the Run When builder: "3 of 12 invoice records match" and which; for a
 * Before-read trigger, a user chooser and the records that user would see. Edits are debounced:
 * call {@link #show} on every change, the store is read once typing pauses.
 */
public final class RunWhenLensView extends VBox {
    static final Duration DEBOUNCE = Duration.millis(250);

    private final RunWhenLensViewModel vm;
    private static final String COUNTING = "Counting the records this Run When matches…";
    private final Label summary = new Label(COUNTING);
    private final ListView<String> matches = new ListView<>();
    private final VBox readBox = new VBox(4);
    private final ComboBox<String> user = new ComboBox<>();
    private final Label readSummary = new Label();
    private final ListView<String> seen = new ListView<>();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private String object;
    private RunWhen runWhen;
    private TriggerDef trigger;

    public RunWhenLensView(RunWhenLensViewModel vm) {
        super(6);
        this.vm = vm;
        setId("runwhen-lens");
        setPadding(new Insets(8));
        summary.setId("runwhen-lens-count");
        summary.setStyle("-fx-font-weight: bold;");
        matches.setId("runwhen-lens-records");
        matches.setPrefHeight(120);
        user.setId("runwhen-lens-user");
        user.getItems().setAll(vm.users());
        user.valueProperty().addListener((o, a, u) -> previewNow());
        seen.setId("runwhen-lens-seen");
        readSummary.setId("runwhen-lens-read");
        readSummary.setWrapText(true);
        seen.setPrefHeight(110);
        readBox.getChildren().addAll(new HBox(6, new Label("What this user would see:"), user), readSummary, seen);
        readBox.setVisible(false);
        readBox.setManaged(false);
        Label err = new Label();
        err.textProperty().bind(vm.errorProperty());
        err.setStyle("-fx-text-fill: #c62828;");
        getChildren().addAll(summary, matches, err, readBox);
        pause.setOnFinished(e -> {
            vm.match(object, runWhen);
            previewNow();
        });
        vm.matchProperty().addListener((o, a, m) -> showMatch(m));
        // the same answer twice (the same trigger picked again) fires no change: the end of counting does
        vm.countingProperty().addListener((o, was, now) -> {
            if (now) {
                summary.setText(COUNTING);
            } else {
                showMatch(vm.matchProperty().get());
            }
        });
        vm.previewProperty().addListener((o, a, p) -> showPreview(p));
    }

    /** A Run When on an object changed: count again once edits pause. */
    public void show(String object, RunWhen runWhen) {
        this.object = object;
        this.runWhen = runWhen;
        pause.playFromStart();
    }

    /** Shows the lens for a trigger: its Run When, and for a Before-read trigger the user preview. */
    public void show(TriggerDef t) {
        this.trigger = t;
        boolean read = RunWhenLensViewModel.isBeforeRead(t);
        readBox.setVisible(read);
        readBox.setManaged(read);
        show(t.object(), t.runWhen()); // the preview runs with the count, once edits pause
        if (read && user.getValue() == null && !user.getItems().isEmpty()) {
            user.setValue(user.getItems().getFirst());
        }
    }

    private void previewNow() {
        if (trigger != null && user.getValue() != null && RunWhenLensViewModel.isBeforeRead(trigger)) {
            vm.preview(trigger, user.getValue());
        }
    }

    private void showMatch(RunWhenLens.Match m) {
        if (m == null) {
            summary.setText(vm.countingProperty().get() ? COUNTING : "Not counted: see the message below");
            matches.getItems().clear();
            return;
        }
        summary.setText(RunWhenLensViewModel.summary(m));
        String nameField = vm.project().object(m.object()).map(ObjectDef::nameField).orElse(null);
        matches.getItems().setAll(RunWhenLensViewModel.rows(m, nameField));
    }

    private void showPreview(RunWhenLens.ReadPreview p) {
        if (p == null) {
            readSummary.setText("");
            seen.getItems().clear();
            return;
        }
        String triggers = String.join(", ", p.triggers().stream().map(t -> t.source() + " " + t.status()).toList());
        readSummary.setText(p.user() + ": " + p.status() + ", " + Plural.of(p.records().size(), "record")
                + (p.error() == null ? "" : " — " + p.error().message()) + (triggers.isEmpty() ? "" : " · " + triggers));
        seen.getItems().setAll(p.records().stream().map(RunWhenLensView::line).toList());
    }

    private static String line(Map<String, Object> r) {
        return String.valueOf(r.get("id")) + "  " + r.entrySet().stream().filter(e -> !e.getKey().equals("id")).limit(4)
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public Label countLabel() {
        return summary;
    }
}
