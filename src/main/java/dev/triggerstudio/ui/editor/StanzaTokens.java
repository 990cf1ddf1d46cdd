package dev.triggerstudio.ui.editor;

import dev.triggerstudio.lang.stanza.Lexer;
import java.util.ArrayList;
import java.util.List;

/** Stanza is coloured from the language's own lexer, so the editor and the checker never disagree. */
final class StanzaTokens {
    private StanzaTokens() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (dev.triggerstudio.lang.stanza.Token t : Lexer.tokens(text)) {
            Token.Kind kind = kind(t.type());
            if (kind != null && t.length() > 0 && t.offset() + t.length() <= text.length()) {
                out.add(new Token(kind, t.offset(), t.offset() + t.length()));
            }
        }
        return out;
    }

    private static Token.Kind kind(dev.triggerstudio.lang.stanza.TokenType type) {
        return switch (type) {
            case LEFT_PAREN, RIGHT_PAREN, LEFT_BRACE, RIGHT_BRACE, LEFT_BRACKET, RIGHT_BRACKET -> Token.Kind.BRACKET;
            case COMMA, DOT, PLUS, MINUS, STAR, SLASH, EQUAL -> Token.Kind.OPERATOR;
            case STRING -> Token.Kind.STRING;
            case NUMBER -> Token.Kind.NUMBER;
            case IDENTIFIER -> Token.Kind.IDENTIFIER;
            case SET, REJECT, WHEN, IF, THEN, COMMIT, LOG, TRUE, FALSE, NULL, AND, OR, NOT -> Token.Kind.KEYWORD;
            case RECORD, OLD, USER, RECORDS -> Token.Kind.BUILTIN;
            case EQ, NE, GT, GTE, LT, LTE, CONTAINS, NOT_CONTAINS, STARTS_WITH, ENDS_WITH, IN, NOT_IN, IS_EMPTY,
                 IS_NOT_EMPTY -> Token.Kind.PREDICATE;
            case COMMENT -> Token.Kind.COMMENT;
            case NEWLINE, ERROR, EOF -> null;
        };
    }
}
