package dev.triggerstudio.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.coverage.ScriptCoverage;
import dev.triggerstudio.ui.debugger.LineShift;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The marks of one editor: only over the text the tests ran, then carried along by edits. */
class EditorCoverageTest {
    private static final String TEXT = "a = 1\n-- note\nif a then\n  b()\nend\n";
    private final ScriptCoverage coverage = new ScriptCoverage("t", "triggers/t.lua", TEXT,
            new TreeMap<>(java.util.Map.of(1, 2L, 3, 2L, 4, 0L)));
    private final EditorCoverage marks = new EditorCoverage();

    @Test
    void marksCoveredAndUncoveredLinesOfTheTextTheTestsRan() {
        marks.show(coverage, TEXT);
        assertThat(marks.styleClass(1)).isEqualTo("cov-covered");
        assertThat(marks.styleClass(2)).isNull();
        assertThat(marks.styleClass(4)).isEqualTo("cov-uncovered");
        assertThat(marks.tooltip(1)).isEqualTo("Covered: the tests ran this line 2 times");
    }

    @Test
    void showsNoMarksOverOtherTextThanTheTestsRan() {
        marks.show(coverage, "b = 2\n" + TEXT);
        assertThat(marks.isEmpty()).isTrue();
        assertThat(marks.styleClass(1)).isNull();
    }

    @Test
    void marksMoveWithLinesInsertedAboveAndADeletedLineLosesItsMark() {
        marks.show(coverage, TEXT);
        assertThat(marks.follow(new LineShift(2, 0, "", "x = 0\n"))).isTrue();
        assertThat(marks.styleClass(4)).isEqualTo("cov-covered");
        assertThat(marks.styleClass(5)).isEqualTo("cov-uncovered");
        marks.follow(new LineShift(4, 0, "if a then\n", ""));
        assertThat(marks.styleClass(4)).isEqualTo("cov-uncovered");
        assertThat(marks.styleClass(1)).isEqualTo("cov-covered");
    }
}
