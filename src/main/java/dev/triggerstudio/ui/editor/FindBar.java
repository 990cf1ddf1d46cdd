package dev.triggerstudio.ui.editor;

import dev.triggerstudio.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;

/** Find and replace over one code area (Ctrl+F). */
final class FindBar extends FlowPane {
    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Aa");
    private final Label status = new Label();

    FindBar(CodeArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setHgap(6);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        find.setPromptText("Find");
        find.setId("find-field");
        replace.setPromptText("Replace");
        replace.setId("replace-field");
        Button next = new Button("Next", Icons.of(Feather.ARROW_DOWN));
        next.setOnAction(e -> findNext());
        Button one = new Button("Replace");
        one.setOnAction(e -> replaceOne());
        Button all = new Button("Replace all");
        all.setId("replace-all");
        all.setOnAction(e -> replaceAll());
        Button close = new Button("", Icons.of(Feather.X));
        close.setOnAction(e -> hideBar());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findNext();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideBar();
            }
        });
        next.setId("find-next");
        one.setId("replace-one");
        close.setId("find-close");
        tip(next, "Find the next match (Enter)");
        tip(one, "Replace this match, then find the next");
        tip(all, "Replace every match in the file");
        tip(close, "Close (Escape)");
        tip(matchCase, "Match case");
        // the buttons keep their words; in a narrow editor the bar wraps onto a second row instead of cutting them
        for (javafx.scene.control.Control c : java.util.List.of(next, one, all, close, matchCase)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (TextField f : java.util.List.of(find, replace)) {
            f.setMinWidth(60);
            f.setPrefColumnCount(12);
        }
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(find, matchCase, next, replace, one, all, status, close);
        hideBar();
    }

    private static void tip(javafx.scene.control.Control c, String text) {
        c.setTooltip(new javafx.scene.control.Tooltip(text));
    }

    void showBar() {
        setVisible(true);
        setManaged(true);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && !sel.contains("\n")) {
            find.setText(sel);
        }
        find.requestFocus();
        find.selectAll();
    }

    private void hideBar() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    boolean findNext() {
        int at = EditorText.find(area.getText(), find.getText(), area.getSelection().getEnd(), matchCase.isSelected());
        if (at < 0) {
            status.setText("No matches");
            return false;
        }
        status.setText("");
        area.selectRange(at, at + find.getText().length());
        area.requestFollowCaret();
        return true;
    }

    private void replaceOne() {
        String sel = area.getSelectedText();
        boolean selected = matchCase.isSelected() ? sel.equals(find.getText()) : sel.equalsIgnoreCase(find.getText());
        if (selected && !sel.isEmpty()) {
            area.replaceSelection(replace.getText());
        }
        findNext();
    }

    private void replaceAll() {
        if (find.getText().isEmpty()) {
            return;
        }
        String text = area.getText();
        int count = 0;
        int at = 0;
        StringBuilder out = new StringBuilder();
        String hay = matchCase.isSelected() ? text : text.toLowerCase();
        String needle = matchCase.isSelected() ? find.getText() : find.getText().toLowerCase();
        int found;
        while ((found = hay.indexOf(needle, at)) >= 0) {
            out.append(text, at, found).append(replace.getText());
            at = found + needle.length();
            count++;
        }
        out.append(text.substring(at));
        if (count > 0) {
            area.replaceText(out.toString());
        }
        status.setText(count + " replaced");
    }
}
