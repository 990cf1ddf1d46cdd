package dev.triggerstudio.ui.debugger;

import java.util.Objects;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * The gutter of a script, in the Author editor and the debugger alike: a breakpoint marker, the
 * line number and, in the debugger, the hits and time of each line. A click on a line's gutter
 * sets or clears its breakpoint, a right click edits its condition, hit count and log message;
 * Ctrl+F8 and Ctrl+Shift+F8 do the same at the caret's line.
 */
public final class BreakpointGutter {
    /** Per-line text the debugger adds after the number ("12× 0.4 ms"); null for none. */
    public interface LineNotes {
        String text(int line);

        String tooltip(int line);
    }

    private final CodeArea area;
    private final Breakpoints breakpoints;
    private final String script;
    private LineNotes notes;
    private GutterMarks marks;
    private final Runnable refresh = this::refresh;
    private org.reactfx.Subscription edits = org.reactfx.Subscription.EMPTY;

    private BreakpointGutter(CodeArea area, Breakpoints breakpoints, String script) {
        this.area = area;
        this.breakpoints = breakpoints;
        this.script = script;
    }

    /** Puts the gutter on an area for the script at this project-relative path; dispose it with the area. */
    public static BreakpointGutter install(CodeArea area, Breakpoints breakpoints, String script) {
        BreakpointGutter g = new BreakpointGutter(area, breakpoints, script);
        area.getStylesheets().add(Objects.requireNonNull(BreakpointGutter.class.getResource("debugger.css")).toExternalForm());
        area.getStyleClass().add("with-breakpoints");
        breakpoints.addListener(g.refresh);
        area.addEventFilter(KeyEvent.KEY_PRESSED, g::key);
        g.refresh();
        return g;
    }

    public void dispose() {
        breakpoints.removeListener(refresh);
        edits.unsubscribe();
    }

    /**
     * In an editor: the script's breakpoints move with the lines typed, pasted or deleted above them
     * ({@link LineShift}). A change of the whole text (the file read again from disk) keeps them on
     * their line numbers. The debugger's read-only script does not call this: it swaps whole scripts.
     */
    public BreakpointGutter followEdits() {
        edits.unsubscribe();
        edits = area.plainTextChanges().subscribe(ch -> {
            if (ch.getPosition() == 0 && ch.getInserted().length() == area.getLength() && !ch.getRemoved().isEmpty()) {
                return;
            }
            var at = area.offsetToPosition(ch.getPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
            breakpoints.follow(script, new LineShift(at.getMajor() + 1, at.getMinor(), ch.getRemoved(), ch.getInserted()));
        });
        return this;
    }

    public void notes(LineNotes value) {
        this.notes = value;
        refresh();
    }

    /** Coverage (or any other per-line mark) at the gutter's left edge; null for none. */
    public void marks(GutterMarks value) {
        this.marks = value;
        refresh();
    }

    public String script() {
        return script;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.F8 && e.isShortcutDown()) {
            int line = area.getCurrentParagraph() + 1;
            if (e.isShiftDown()) {
                edit(line);
            } else {
                breakpoints.toggle(script, line);
            }
            e.consume();
        }
    }

    private void edit(int line) {
        Breakpoint current = breakpoints.at(script, line).orElse(Breakpoint.at(script, line));
        BreakpointDialog.edit(area, current).ifPresent(b -> {
            if (b.isEmpty()) {
                breakpoints.remove(script, line);
            } else {
                breakpoints.put(b.get());
            }
        });
    }

    /** Re-creates the visible gutters (RichTextFX asks the factory again). */
    public void refresh() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            area.setParagraphGraphicFactory(factory());
        } else {
            javafx.application.Platform.runLater(() -> area.setParagraphGraphicFactory(factory()));
        }
    }

    private IntFunction<Node> factory() {
        return par -> gutter(par + 1);
    }

    private Region mark(int line) {
        Region mark = new Region();
        mark.getStyleClass().add("line-mark");
        String style = marks == null ? null : marks.styleClass(line);
        if (style != null) {
            mark.getStyleClass().add(style);
            String tip = marks.tooltip(line);
            if (tip != null) {
                Tooltip.install(mark, new Tooltip(tip));
            }
        }
        return mark;
    }

    private Node gutter(int line) {
        Region dot = new Region();
        dot.getStyleClass().add("bp-marker");
        breakpoints.at(script, line).ifPresent(b -> {
            dot.getStyleClass().add(!b.enabled() ? "bp-disabled" : b.isLogpoint() ? "bp-log"
                    : b.condition() != null || b.hitCount() > 1 ? "bp-conditional" : "bp-plain");
            Tooltip.install(dot, new Tooltip(b.describe()));
        });
        int digits = String.valueOf(Math.max(1, area.getParagraphs().size())).length();
        Label number = new Label(String.format("%" + digits + "d", line));
        number.getStyleClass().add("lineno");
        HBox box = new HBox(mark(line), dot, number);
        if (notes != null) {
            Label note = new Label(Objects.requireNonNullElse(notes.text(line), ""));
            note.getStyleClass().add("line-cost");
            String tip = notes.tooltip(line);
            if (tip != null) {
                note.setTooltip(new Tooltip(tip));
            }
            box.getChildren().add(note);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("bp-gutter");
        box.setId("gutter-" + line);
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                edit(line);
            } else if (e.getButton() == MouseButton.PRIMARY) {
                breakpoints.toggle(script, line);
            }
            e.consume();
        });
        return box;
    }
}
