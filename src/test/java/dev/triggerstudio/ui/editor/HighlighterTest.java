package dev.triggerstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Language;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private static org.fxmisc.richtext.model.StyleSpans<java.util.Collection<String>> spans(String text) {
        return Highlighter.spans(new Tokenizer(Syntax.of(Language.PYTHON)).tokens(text), text.length());
    }

    @Test
    void anEditRestylesOnlyItsNeighbourhood() {
        String head = "x = 1\n".repeat(100);
        String tail = "y = 'a'\n".repeat(100);
        String before = head + "z = 2\n" + tail;
        String after = head + "z = 'two'\n" + tail;
        int[] range = Highlighter.changedRange(spans(before), spans(after));
        assertThat(range[0]).isGreaterThanOrEqualTo(head.length());
        assertThat(range[1]).isLessThanOrEqualTo(after.length() - tail.length());
        assertThat(after.substring(range[0], range[1])).contains("'two'");
    }

    @Test
    void identicalSpansChangeNothing() {
        int[] range = Highlighter.changedRange(spans("a = 1"), spans("a = 1"));
        assertThat(range[0]).isEqualTo(range[1]);
    }
}
