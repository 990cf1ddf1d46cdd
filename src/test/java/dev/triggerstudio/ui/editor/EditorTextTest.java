package dev.triggerstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditorTextTest {
    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', textBlock = """
            PYTHON, "    if x:",            8
            PYTHON, "    x = 1",            4
            LUA,    "  if a then",          6
            LUA,    "for i = 1, 3 do",      4
            STANZA, "  set record.a = 1",   2
            PYTHON, "call(",                4
            """)
    void aNewLineKeepsTheIndentAndOpensBlocks(Language language, String line, int spaces) {
        assertThat(EditorText.indentAfter(language, line)).isEqualTo(" ".repeat(spaces));
    }

    @Test
    void toggleCommentCommentsThenUncommentsEveryLine() {
        String block = "x = 1\n  y = 2";
        String commented = EditorText.toggleComment(Language.PYTHON, block);
        assertThat(commented).isEqualTo("# x = 1\n  # y = 2");
        assertThat(EditorText.toggleComment(Language.PYTHON, commented)).isEqualTo(block);
        assertThat(EditorText.toggleComment(Language.LUA, "a()")).isEqualTo("-- a()");
        assertThat(EditorText.toggleComment(Language.STANZA, "log 1")).isEqualTo("// log 1");
    }

    @Test
    void bracketsMatchAcrossNesting() {
        String t = "f(a[1], (b))";
        assertThat(EditorText.matchingBracket(t, 1)).hasValue(11);
        assertThat(EditorText.matchingBracket(t, 11)).hasValue(1);
        assertThat(EditorText.matchingBracket(t, 3)).hasValue(5);
        assertThat(EditorText.matchingBracket(t, 0)).isEmpty();
    }

    @Test
    void findWrapsAroundAndCanIgnoreCase() {
        assertThat(EditorText.find("Abc abc", "abc", 1, true)).isEqualTo(4);
        assertThat(EditorText.find("Abc abc", "ABC", 5, false)).isEqualTo(0);
        assertThat(EditorText.find("Abc", "x", 0, false)).isEqualTo(-1);
    }
}
