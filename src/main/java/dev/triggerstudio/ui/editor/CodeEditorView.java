package dev.triggerstudio.ui.editor;

import dev.triggerstudio.model.Diagnostic;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.reactfx.Subscription;

/**
 * A RichTextFX code area bound to a {@link CodeEditorViewModel}: line numbers, current line,
 * highlighting and diagnostics applied when the view model delivers them, bracket matching,
 * auto-indent, comments, completion, find/replace and go-to-line.
 */
public final class CodeEditorView extends BorderPane {
    private final CodeEditorViewModel vm;
    private final CodeArea area = new CodeArea();
    private final FindBar findBar;
    private final CompletionPopup completion = new CompletionPopup();
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private final Supplier<Collection<String>> objectNames;
    private final Subscription subscriptions;
    private StyleSpans<Collection<String>> tokenSpans;
    private long tokenGeneration = -1;
    /** The spans last given to the area: only what differs from them is restyled (5 000-line files). */
    private StyleSpans<Collection<String>> applied;
    /** Text typed or pasted since the last restyle, which always gets restyled (it has no colours yet). */
    private int editedFrom = Integer.MAX_VALUE;
    private int editedTo = -1;
    private int[] brackets = {};
    private boolean pushing;

    public CodeEditorView(CodeEditorViewModel vm, Supplier<Collection<String>> objectNames) {
        this.vm = vm;
        this.objectNames = objectNames;
        getStyleClass().add("code-editor");
        area.getStyleClass().addAll("code", vm.language() == null ? "json" : vm.language().jsonName());
        area.setId("code-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(vm.textProperty().get());
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.editableProperty().bind(vm.editableProperty());
        findBar = new FindBar(area);
        setCenter(new VirtualizedScrollPane<>(area));
        setTop(findBar);
        subscriptions = wire();
        installKeys();
        installHover();
        vm.highlight();
        vm.check();
    }

    private Subscription wire() {
        // reading the area's text walks every paragraph: splice each change into the view
        // model's copy instead (a plain string copy), and compare the two only after a pause
        Subscription sync = area.plainTextChanges().subscribe(ch -> {
            if (!pushing) {
                String old = vm.textProperty().get();
                int at = Math.min(ch.getPosition(), old.length());
                int end = Math.min(old.length(), at + ch.getRemoved().length());
                pushing = true;
                vm.textProperty().set(old.substring(0, at) + ch.getInserted() + old.substring(end));
                pushing = false;
            }
        });
        vm.textProperty().addListener((o, a, b) -> {
            if (!pushing && !b.equals(area.getText())) {
                pushing = true;
                area.replaceText(b);
                pushing = false;
            }
        });
        vm.highlightProperty().addListener((o, a, h) -> {
            tokenSpans = h.spans();
            tokenGeneration = h.generation();
            applyStyles();
        });
        vm.diagnosticsProperty().addListener((o, a, b) -> applyStyles());
        area.caretPositionProperty().addListener((o, a, b) -> matchBrackets());
        // RichTextFX's own line highlighter reshapes a selection on every keystroke (it tripled the
        // cost of typing); a paragraph style class changes only when the caret changes line
        area.currentParagraphProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(
                this::markCurrentLine));
        javafx.application.Platform.runLater(this::markCurrentLine);
        Subscription edits = area.plainTextChanges().subscribe(ch -> {
            int delta = ch.getInserted().length() - ch.getRemoved().length();
            if (editedTo > ch.getPosition()) {
                editedTo += delta;
            }
            editedFrom = Math.min(editedFrom, ch.getPosition());
            editedTo = Math.max(editedTo, ch.getPosition() + ch.getInserted().length());
        });
        Subscription highlight = area.multiPlainChanges().successionEnds(Duration.ofMillis(80))
                .subscribe(x -> vm.highlight());
        Subscription check = area.multiPlainChanges().successionEnds(Duration.ofMillis(350))
                .subscribe(x -> vm.check());
        return highlight.and(check).and(edits).and(sync);
    }

    /** Colours and squiggles, only when both belong to the text now in the area. */
    private void applyStyles() {
        if (tokenSpans == null || tokenGeneration != vm.generation()) {
            return;
        }
        String text = area.getText();
        if (!text.equals(vm.textProperty().get())) {
            pushing = true;
            vm.textProperty().set(text);
            pushing = false;
            return;
        }
        if (tokenSpans.length() != text.length()) {
            return;
        }
        List<Diagnostic> diags = vm.diagnosticsProperty().get();
        StyleSpans<Collection<String>> spans = diags.isEmpty() ? tokenSpans
                : Highlighter.overlay(tokenSpans, Highlighter.diagnostics(diags, text));
        clearBrackets();
        int[] changed = applied == null ? new int[] {0, spans.length()} : Highlighter.changedRange(applied, spans);
        changed[0] = Math.clamp(Math.min(changed[0], editedFrom), 0, spans.length());
        changed[1] = Math.clamp(Math.max(changed[1], editedTo), changed[0], spans.length());
        editedFrom = Integer.MAX_VALUE;
        editedTo = -1;
        if (changed[0] < changed[1]) {
            area.setStyleSpans(changed[0], spans.subView(changed[0], changed[1]));
        }
        applied = spans;
        matchBrackets();
    }

    private void clearBrackets() {
        for (int b : brackets) {
            if (b < area.getLength()) {
                toggleStyle(b, "bracket-match", false);
            }
        }
        brackets = new int[0];
    }

    private void matchBrackets() {
        clearBrackets();
        int caret = area.getCaretPosition();
        String near = area.getText(Math.max(0, caret - 1), Math.min(area.getLength(), caret + 1));
        if (near.chars().noneMatch(c -> "()[]{}".indexOf(c) >= 0)) {
            return;
        }
        String text = area.getText();
        for (int at : new int[] {caret - 1, caret}) {
            OptionalInt other = EditorText.matchingBracket(text, at);
            if (other.isPresent()) {
                brackets = new int[] {at, other.getAsInt()};
                toggleStyle(at, "bracket-match", true);
                toggleStyle(other.getAsInt(), "bracket-match", true);
                return;
            }
        }
    }

    private int currentLine = -1;

    private void markCurrentLine() {
        int count = area.getParagraphs().size();
        int par = area.getCurrentParagraph();
        for (int i : new int[] {currentLine, par - 1, par + 1}) {
            if (i >= 0 && i < count && i != par && area.getParagraph(i).getParagraphStyle().contains("current-line")) {
                area.setParagraphStyle(i, List.of());
            }
        }
        if (par < count && !area.getParagraph(par).getParagraphStyle().contains("current-line")) {
            area.setParagraphStyle(par, List.of("current-line"));
        }
        currentLine = par;
    }

    private void toggleStyle(int at, String style, boolean on) {
        java.util.List<String> styles = new java.util.ArrayList<>(area.getStyleAtPosition(at + 1));
        styles.remove(style);
        if (on) {
            styles.add(style);
        }
        area.setStyle(at, at + 1, styles);
    }

    private void installKeys() {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (completion.isShowing() && onCompletionKey(e.getCode())) {
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && e.isShortcutDown()) {
                showCompletion(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && area.isEditable()) {
                newLineWithIndent();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && area.isEditable()) {
                area.replaceSelection("    ");
                e.consume();
            }
        });
        // a filter sees the key before the character is inserted: complete once it is in
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isShortcutDown() && (".".equals(e.getCharacter()) || completion.isShowing())) {
                javafx.application.Platform.runLater(() -> showCompletion(false));
            }
        });
    }

    private boolean onCompletionKey(KeyCode code) {
        switch (code) {
            case UP -> completion.move(-1);
            case DOWN -> completion.move(1);
            case ENTER, TAB -> completion.accept();
            case ESCAPE -> completion.hide();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Opens the list; typed without Ctrl+Space it stays closed when nothing matches. */
    public void showCompletion(boolean explicit) {
        Completions c = vm.completions(objectNames.get());
        if (c == null) {
            return;
        }
        String text = area.getText();
        if (!explicit && !Completions.continuesWord(text, area.getCaretPosition())) {
            completion.hide();
            return;
        }
        Completions.Result r = c.at(text, area.getCaretPosition());
        if (r.items().isEmpty()) {
            completion.hide();
            return;
        }
        if (explicit && r.items().size() == 1 && !r.prefix().isEmpty()) {
            insertCompletion(r, r.items().getFirst());
            return;
        }
        completion.show(area, r.items(), item -> insertCompletion(r, item));
    }

    private void insertCompletion(Completions.Result r, CompletionItem item) {
        completion.hide();
        area.replaceText(r.replaceFrom(), area.getCaretPosition(), item.insert());
    }

    private void newLineWithIndent() {
        int par = area.getCurrentParagraph();
        String line = area.getParagraph(par).getText().substring(0, area.getCaretColumn());
        area.replaceSelection("\n" + EditorText.indentAfter(vm.language(), line));
        area.requestFollowCaret();
    }

    private void installHover() {
        hoverLabel.getStyleClass().add("diagnostic-hover");
        hoverLabel.setId("diagnostic-hover");
        hover.getContent().add(hoverLabel);
        area.setMouseOverTextDelay(Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    void showHover(int offset, Point2D at) {
        String text = area.getText();
        DiagnosticRange.of(vm.diagnosticsProperty().get(), text).stream().filter(r -> r.covers(offset)).findFirst()
                .ifPresent(r -> {
                    hoverLabel.setText(r.diagnostic().severity().name().toLowerCase() + ": " + r.diagnostic().message());
                    hover.show(area, at.getX(), at.getY() + 14);
                });
    }

    /** The diagnostic message shown when hovering at this offset, for tests and the status bar. */
    public String hoverTextAt(int offset) {
        return DiagnosticRange.of(vm.diagnosticsProperty().get(), area.getText()).stream()
                .filter(r -> r.covers(offset)).findFirst().map(r -> r.diagnostic().message()).orElse("");
    }

    public void toggleComment() {
        int startPar = area.offsetToPosition(area.getSelection().getStart(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int endPar = area.offsetToPosition(area.getSelection().getEnd(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
        int from = area.getAbsolutePosition(startPar, 0);
        int to = area.getAbsolutePosition(endPar, area.getParagraphLength(endPar));
        String replaced = EditorText.toggleComment(vm.language(), area.getText(from, to));
        area.replaceText(from, to, replaced);
        area.selectRange(from, from + replaced.length());
    }

    public void goToLine() {
        TextInputDialog d = new TextInputDialog(String.valueOf(area.getCurrentParagraph() + 1));
        d.setTitle("Go to line");
        d.setHeaderText("Line number (1–" + area.getParagraphs().size() + ")");
        d.showAndWait().ifPresent(s -> {
            try {
                goTo(Integer.parseInt(s.strip()), 1);
            } catch (NumberFormatException ignored) {
                // not a number: nothing to go to
            }
        });
    }

    /** Moves the caret to a 1-based line and column and shows it. */
    public void goTo(int line, int column) {
        int par = Math.clamp(line - 1, 0, area.getParagraphs().size() - 1);
        int col = Math.clamp(column - 1, 0, area.getParagraphLength(par));
        area.moveTo(par, col);
        area.showParagraphAtCenter(par);
        area.requestFocus();
        // a file opened a moment ago has no layout yet and ignores the first request: ask again once it has
        javafx.application.Platform.runLater(() -> {
            area.showParagraphAtCenter(par);
            area.requestFollowCaret();
        });
    }

    public void showFind() {
        findBar.showBar();
    }

    public CodeArea area() {
        return area;
    }

    public CodeEditorViewModel viewModel() {
        return vm;
    }

    public void dispose() {
        subscriptions.unsubscribe();
        completion.hide();
        hover.hide();
    }
}
