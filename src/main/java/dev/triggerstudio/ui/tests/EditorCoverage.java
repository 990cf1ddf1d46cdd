package dev.triggerstudio.ui.tests;

import dev.triggerstudio.engine.coverage.ScriptCoverage;
import dev.triggerstudio.ui.debugger.GutterMarks;
import dev.triggerstudio.ui.debugger.LineShift;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coverage marks of one open editor. They are shown only when the editor holds the text the
 * tests ran (an editor with other, unsaved text would get marks on the wrong code), then move with
 * the lines as the text is edited, the way breakpoints do, until the tests run again.
 */
public final class EditorCoverage implements GutterMarks {
    private Map<Integer, Long> hits = Map.of();

    /** Takes a run's coverage of this script, or clears the marks when there is none or the text differs. */
    public void show(ScriptCoverage coverage, String editorText) {
        hits = coverage == null || !coverage.text().equals(editorText) ? Map.of() : new TreeMap<>(coverage.hits());
    }

    /** Moves the marks with one edit; a line the edit deleted loses its mark. True when a mark moved. */
    public boolean follow(LineShift edit) {
        if (hits.isEmpty() || !edit.movesLines()) {
            return false;
        }
        Map<Integer, Long> next = new TreeMap<>();
        hits.forEach((line, n) -> {
            int to = edit.map(line);
            if (to != LineShift.GONE) {
                next.putIfAbsent(to, n);
            }
        });
        hits = next;
        return true;
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    @Override
    public String styleClass(int line) {
        Long n = hits.get(line);
        return n == null ? null : n > 0 ? "cov-covered" : "cov-uncovered";
    }

    @Override
    public String tooltip(int line) {
        Long n = hits.get(line);
        if (n == null) {
            return null;
        }
        return n == 0 ? "Not covered: no test ran this line" : "Covered: the tests ran this line "
                + (n == 1 ? "once" : n + " times");
    }
}
