package dev.triggerstudio.lang.stanza;

/** Every kind of token Stanza has. Keywords and predicates are case-sensitive. */
public enum TokenType {
    // punctuation
    LEFT_PAREN, RIGHT_PAREN, LEFT_BRACE, RIGHT_BRACE, LEFT_BRACKET, RIGHT_BRACKET, COMMA, DOT,
    PLUS, MINUS, STAR, SLASH, EQUAL,
    // literals and names
    STRING, NUMBER, IDENTIFIER,
    // statements
    SET, REJECT, WHEN, IF, THEN, COMMIT, LOG,
    // roots of references
    RECORD, OLD, USER, RECORDS,
    // literals and logic
    TRUE, FALSE, NULL, AND, OR, NOT,
    // predicates
    EQ, NE, GT, GTE, LT, LTE, CONTAINS, NOT_CONTAINS, STARTS_WITH, ENDS_WITH, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY,
    // layout; COMMENT and ERROR are kept for the editor, the parser skips comments
    COMMENT, NEWLINE, ERROR, EOF;

    /** Predicates that take a right-hand side. */
    public boolean isBinaryPredicate() {
        return switch (this) {
            case EQ, NE, GT, GTE, LT, LTE, CONTAINS, NOT_CONTAINS, STARTS_WITH, ENDS_WITH, IN, NOT_IN -> true;
            default -> false;
        };
    }

    public boolean isUnaryPredicate() {
        return this == IS_EMPTY || this == IS_NOT_EMPTY;
    }

    /** Words the lexer turns into keywords rather than identifiers. */
    public boolean isKeyword() {
        return ordinal() >= SET.ordinal() && ordinal() <= IS_NOT_EMPTY.ordinal();
    }
}
