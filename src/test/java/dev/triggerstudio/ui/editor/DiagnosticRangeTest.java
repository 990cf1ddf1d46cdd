package dev.triggerstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticRangeTest {
    @Test
    void theSquiggleRunsToTheEndOfTheWordAtTheColumn() {
        String text = "a = 1\nreturn foo + 2";
        DiagnosticRange r = DiagnosticRange.of(List.of(Diagnostic.error("p", 2, 8, "unknown name")), text).getFirst();
        assertThat(text.substring(r.start(), r.end())).isEqualTo("foo");
    }

    @Test
    void withoutAColumnTheWholeLineIsMarked() {
        String text = "a\nbcd\n";
        DiagnosticRange r = DiagnosticRange.of(List.of(Diagnostic.error("p", 2, 0, "bad")), text).getFirst();
        assertThat(text.substring(r.start(), r.end())).isEqualTo("bcd");
    }

    @Test
    void aColumnAtTheLineEndMarksTheLastCharacter() {
        String text = "f(";
        DiagnosticRange r = DiagnosticRange.of(List.of(Diagnostic.error("p", 1, 3, "eof")), text).getFirst();
        assertThat(text.substring(r.start(), r.end())).isEqualTo("(");
    }
}
