package dev.triggerstudio.ui.debugger;

/**
 * Where a line's code is after one text edit, so that what is attached to a line (a breakpoint, a
 * coverage mark) stays on the same code when lines are inserted or deleted above it.
 *
 * <p>A line is anchored at its start. Text typed or pasted at the very start of a line pushes the
 * line down by the line breaks it brings (Enter at column 1 moves the code, and its breakpoint,
 * down); an edit further right leaves the line where it is. A line whose start is deleted (its
 * line break and the one before it removed, i.e. it was joined to the line above or deleted with a
 * selection) is gone.
 *
 * @param line       1-based line where the edit starts (the same before and after it)
 * @param column     0-based column where the edit starts
 * @param removed    the text the edit removed
 * @param inserted   the text the edit inserted
 */
public record LineShift(int line, int column, String removed, String inserted) {
    /** What {@link #map} answers for a line whose code the edit deleted. */
    public static final int GONE = -1;

    /** The 1-based line where the code of old line {@code old} is after the edit, or {@link #GONE}. */
    public int map(int old) {
        int removedBreaks = breaks(removed);
        int insertedBreaks = breaks(inserted);
        if (old < line) {
            return old;
        }
        if (old == line) {
            if (column > 0) {
                return old;
            }
            return removedBreaks == 0 ? line + insertedBreaks : GONE;
        }
        if (old < line + removedBreaks) {
            return GONE;
        }
        if (old == line + removedBreaks) {
            // its start lay inside the removed text unless the removed text ended with its line break
            return removed.endsWith("\n") ? line + insertedBreaks : GONE;
        }
        return old + insertedBreaks - removedBreaks;
    }

    /** Whether the edit adds or removes lines at all (most keystrokes do not). */
    public boolean movesLines() {
        return breaks(removed) != 0 || breaks(inserted) != 0;
    }

    private static int breaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }
}
