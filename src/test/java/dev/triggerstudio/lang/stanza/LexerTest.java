package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    @Test
    void tokensCarryTypeLineColumnAndLength() {
        List<Token> tokens = Lexer.tokens("set record.total = 1\nlog \"hi\"");

        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.SET, TokenType.RECORD, TokenType.DOT,
                TokenType.IDENTIFIER, TokenType.EQUAL, TokenType.NUMBER, TokenType.NEWLINE, TokenType.LOG,
                TokenType.STRING, TokenType.EOF);
        Token total = tokens.get(3);
        assertThat(List.of(total.line(), total.column(), total.offset(), total.length())).containsExactly(1, 12, 11, 5);
        Token hi = tokens.get(8);
        assertThat(List.of(hi.line(), hi.column(), hi.length())).containsExactly(2, 5, 4);
        assertThat(hi.literal()).isEqualTo("hi");
    }

    @Test
    void badInputStillGivesTokensForHighlighting() {
        Lexer.Result result = Lexer.lex("log \"open\nlog # 1");

        assertThat(result.tokens()).extracting(Token::type).containsExactly(TokenType.LOG, TokenType.ERROR,
                TokenType.NEWLINE, TokenType.LOG, TokenType.ERROR, TokenType.NUMBER, TokenType.EOF);
        Token open = result.tokens().get(1);
        assertThat(List.of(open.line(), open.column(), open.length())).containsExactly(1, 5, 5);
        assertThat(result.errors()).extracting(StanzaError::toString).containsExactly(
                "1:5: error: Unterminated string; close it with '\"' on the same line.",
                "2:5: error: Unexpected character '#'.");
    }

    @Test
    void commentsAreTokensSoTheEditorCanColourThem() {
        List<Token> tokens = Lexer.tokens("// note\nlog 1 // trailing");

        assertThat(tokens).filteredOn(t -> t.type() == TokenType.COMMENT).extracting(Token::lexeme)
                .containsExactly("// note", "// trailing");
    }

    @Test
    void numbersAreWholeOrDecimal() {
        List<Token> tokens = Lexer.tokens("12 2.5 3.");

        assertThat(tokens).extracting(Token::literal).startsWith(12L, 2.5, 3L);
        assertThat(tokens.get(3).type()).isEqualTo(TokenType.DOT);
    }

    @Test
    void predicatesAndRootsAreKeywordsButOtherWordsAreNames() {
        List<Token> tokens = Lexer.tokens("notContains isNotEmpty records invoiceLine withAll");

        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.NOT_CONTAINS, TokenType.IS_NOT_EMPTY,
                TokenType.RECORDS, TokenType.IDENTIFIER, TokenType.IDENTIFIER, TokenType.EOF);
    }
}
