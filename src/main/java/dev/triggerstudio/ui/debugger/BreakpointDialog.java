package dev.triggerstudio.ui.debugger;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Edits one breakpoint: condition, hit count, log message, enabled. A condition is checked as it is typed. */
final class BreakpointDialog {
    private static final ButtonType REMOVE = new ButtonType("Remove", ButtonBar.ButtonData.LEFT);

    private BreakpointDialog() {
    }

    /** Empty when cancelled; an empty inner optional when the user removed the breakpoint. */
    static Optional<Optional<Breakpoint>> edit(Node owner, Breakpoint b) {
        Dialog<Optional<Breakpoint>> d = new Dialog<>();
        d.setTitle("Breakpoint at line " + b.line());
        d.setHeaderText(b.script() + ":" + b.line());
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
        }
        TextField condition = field("conditionField", b.condition(), "e.g. record.priority > 3");
        Spinner<Integer> hits = new Spinner<>(0, 1_000_000, b.hitCount());
        hits.setEditable(true);
        hits.setId("hitCountField");
        TextField log = field("logField", b.log(), "e.g. total is {record.total}: logs and does not stop");
        CheckBox enabled = new CheckBox("Enabled");
        enabled.setSelected(b.enabled());
        Label problem = new Label();
        problem.setId("conditionProblem");
        problem.getStyleClass().add("bp-problem");
        GridPane grid = new GridPane(8, 8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Condition"), condition);
        grid.addRow(1, new Label("Stop from hit"), hits);
        grid.addRow(2, new Label("Log message"), log);
        grid.addRow(3, new Label(), enabled);
        grid.add(problem, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, REMOVE, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        condition.textProperty().addListener((o, a, text) -> {
            problem.setText(problemOf(text));
            ok.setDisable(!problem.getText().isEmpty());
        });
        d.setResultConverter(button -> button == ButtonType.OK
                ? Optional.of(new Breakpoint(b.script(), b.line(), condition.getText(), hits.getValue(), log.getText(),
                        enabled.isSelected()))
                : button == REMOVE ? Optional.empty() : null);
        javafx.application.Platform.runLater(condition::requestFocus);
        return d.showAndWait();
    }

    private static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(32);
        return f;
    }

    static String problemOf(String condition) {
        if (condition == null || condition.isBlank()) {
            return "";
        }
        try {
            Expression.parse(condition);
            return "";
        } catch (Expression.Problem p) {
            return p.getMessage();
        }
    }
}
