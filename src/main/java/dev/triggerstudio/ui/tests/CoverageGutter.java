package dev.triggerstudio.ui.tests;

import dev.triggerstudio.ui.debugger.BreakpointGutter;
import dev.triggerstudio.ui.debugger.LineShift;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reactfx.Subscription;

/**
 * Puts the last test run's coverage into an editor's gutter (beside its breakpoints) and keeps it
 * there: again after every run, moved with the lines as the text is edited, recomputed when the
 * whole text is replaced (the file read again from disk).
 */
public final class CoverageGutter {
    private final CodeArea area;
    private final BreakpointGutter gutter;
    private final CoverageMarks marks;
    private final String script;
    private final EditorCoverage lines = new EditorCoverage();
    private final Runnable onRun = this::reload;
    private Subscription edits;

    private CoverageGutter(CodeArea area, BreakpointGutter gutter, CoverageMarks marks, String script) {
        this.area = area;
        this.gutter = gutter;
        this.marks = marks;
        this.script = script;
    }

    /** Marks the script's lines in the area; dispose it with the editor. */
    public static CoverageGutter attach(CodeArea area, BreakpointGutter gutter, CoverageMarks marks, String script) {
        CoverageGutter g = new CoverageGutter(area, gutter, marks, script);
        marks.addListener(g.onRun);
        g.edits = area.plainTextChanges().subscribe(ch -> {
            if (ch.getPosition() == 0 && ch.getInserted().length() == area.getLength() && !ch.getRemoved().isEmpty()) {
                g.reload();
                return;
            }
            var at = area.offsetToPosition(ch.getPosition(), TwoDimensional.Bias.Forward);
            if (g.lines.follow(new LineShift(at.getMajor() + 1, at.getMinor(), ch.getRemoved(), ch.getInserted()))) {
                gutter.refresh();
            }
        });
        g.reload();
        return g;
    }

    private void reload() {
        lines.show(marks.of(script).orElse(null), area.getText());
        gutter.marks(lines);
    }

    /** The mark's style of a 1-based line, {@code cov-covered}, {@code cov-uncovered} or null (for tests). */
    public String markAt(int line) {
        return lines.styleClass(line);
    }

    public void dispose() {
        marks.removeListener(onRun);
        edits.unsubscribe();
    }
}
