package dev.triggerstudio.lang.stanza;

/**
 * One token with its place in the source: 1-based line and column, 0-based offset and its length
 * in characters, so the editor can highlight it without lexing again.
 *
 * @param literal the value of a STRING (unescaped) or NUMBER (Long or Double) token, else null
 */
public record Token(TokenType type, String lexeme, Object literal, int line, int column, int offset, int length) {

    /** How messages quote this token: {@code 'then'}, or {@code end of line}. */
    public String describe() {
        return switch (type) {
            case NEWLINE -> "end of line";
            case EOF -> "end of script";
            default -> "'" + lexeme + "'";
        };
    }
}
