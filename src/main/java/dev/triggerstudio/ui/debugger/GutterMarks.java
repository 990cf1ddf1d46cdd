package dev.triggerstudio.ui.debugger;

/**
 * A narrow mark at the left of each line's gutter, drawn by {@link BreakpointGutter} beside the
 * breakpoint marker: coverage puts "covered" or "uncovered" there. Read on the FX thread.
 */
public interface GutterMarks {
    /** The CSS class of the line's mark (e.g. {@code cov-covered}), or null for no mark. */
    String styleClass(int line);

    /** What the mark means for this line, shown on hover; null for none. */
    String tooltip(int line);
}
