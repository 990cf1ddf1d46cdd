package dev.triggerstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> kinds(Language language, String text) {
        return new Tokenizer(Syntax.of(language)).tokens(text).stream()
                .map(t -> t.kind().styleClass() + ":" + text.substring(t.start(), t.end())).toList();
    }

    @Test
    void pythonKeywordsStringsCommentsAndNumbers() {
        assertThat(kinds(Language.PYTHON, "async def f(): return 'x' # done\n1.5"))
                .containsExactly("keyword:async", "keyword:def", "identifier:f", "bracket:(", "bracket:)", "operator::",
                        "keyword:return", "string:'x'", "comment:# done", "number:1.5");
    }

    @Test
    void luaBlockCommentsAndLongStrings() {
        assertThat(kinds(Language.LUA, "--[[ a\nb ]] local s = [[x]]"))
                .containsExactly("comment:--[[ a\nb ]]", "keyword:local", "identifier:s", "operator:=", "string:[[x]]");
    }

    @Test
    void stanzaPredicatesAreTheirOwnKind() {
        assertThat(kinds(Language.STANZA, "reject \"no\" when record.total lte 0 // why"))
                .containsExactly("keyword:reject", "string:\"no\"", "keyword:when", "builtin:record", "operator:.",
                        "identifier:total", "predicate:lte", "number:0", "comment:// why");
    }

    @Test
    void anUnclosedStringStopsAtTheLineEnd() {
        assertThat(kinds(Language.PYTHON, "x = 'open\ny")).containsExactly("identifier:x", "operator:=", "string:'open",
                "identifier:y");
    }

    @Test
    void stanzaIsColouredByTheLanguagesOwnLexer() {
        String text = "reject \"no\" when record.total lte 0 // why";
        assertThat(StanzaTokens.tokens(text).stream().map(t -> t.kind().styleClass() + ":" + text.substring(t.start(),
                t.end())).toList()).containsExactly("keyword:reject", "string:\"no\"", "keyword:when", "builtin:record",
                "operator:.", "identifier:total", "predicate:lte", "number:0", "comment:// why");
    }
}
