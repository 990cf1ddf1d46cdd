package dev.triggerstudio.lang.stanza;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns Stanza text into tokens. Never throws: a bad character or an unterminated string becomes an
 * ERROR token plus an error, so the editor can highlight any text and the parser can report every
 * problem at once.
 */
public final class Lexer {

    private static final Map<String, TokenType> KEYWORDS = Map.ofEntries(
            Map.entry("set", TokenType.SET), Map.entry("reject", TokenType.REJECT),
            Map.entry("when", TokenType.WHEN), Map.entry("if", TokenType.IF), Map.entry("then", TokenType.THEN),
            Map.entry("commit", TokenType.COMMIT), Map.entry("log", TokenType.LOG),
            Map.entry("record", TokenType.RECORD), Map.entry("old", TokenType.OLD),
            Map.entry("user", TokenType.USER), Map.entry("records", TokenType.RECORDS),
            Map.entry("true", TokenType.TRUE), Map.entry("false", TokenType.FALSE), Map.entry("null", TokenType.NULL),
            Map.entry("and", TokenType.AND), Map.entry("or", TokenType.OR), Map.entry("not", TokenType.NOT),
            Map.entry("eq", TokenType.EQ), Map.entry("ne", TokenType.NE), Map.entry("gt", TokenType.GT),
            Map.entry("gte", TokenType.GTE), Map.entry("lt", TokenType.LT), Map.entry("lte", TokenType.LTE),
            Map.entry("contains", TokenType.CONTAINS), Map.entry("notContains", TokenType.NOT_CONTAINS),
            Map.entry("startsWith", TokenType.STARTS_WITH), Map.entry("endsWith", TokenType.ENDS_WITH),
            Map.entry("in", TokenType.IN), Map.entry("notIn", TokenType.NOT_IN),
            Map.entry("isEmpty", TokenType.IS_EMPTY), Map.entry("isNotEmpty", TokenType.IS_NOT_EMPTY));

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private final List<StanzaError> errors = new ArrayList<>();
    private int start;
    private int current;
    private int line = 1;
    private int lineStart;

    private Lexer(String source) {
        this.source = source == null ? "" : source;
    }

    /** Every token of the text, comments and errors included, ending with EOF. */
    public static List<Token> tokens(String source) {
        return lex(source).tokens();
    }

    public static Result lex(String source) {
        Lexer lexer = new Lexer(source);
        lexer.scanAll();
        return new Result(List.copyOf(lexer.tokens), List.copyOf(lexer.errors));
    }

    /** Tokens plus the lexical errors found. */
    public record Result(List<Token> tokens, List<StanzaError> errors) {
    }

    private void scanAll() {
        while (current < source.length()) {
            start = current;
            scanToken();
        }
        start = current;
        add(TokenType.EOF, null);
    }

    private void scanToken() {
        char c = advance();
        switch (c) {
            case ' ', '\t', '\r', '\f' -> { }
            case '\n' -> newline();
            case '(' -> add(TokenType.LEFT_PAREN, null);
            case ')' -> add(TokenType.RIGHT_PAREN, null);
            case '{' -> add(TokenType.LEFT_BRACE, null);
            case '}' -> add(TokenType.RIGHT_BRACE, null);
            case '[' -> add(TokenType.LEFT_BRACKET, null);
            case ']' -> add(TokenType.RIGHT_BRACKET, null);
            case ',' -> add(TokenType.COMMA, null);
            case '.' -> add(TokenType.DOT, null);
            case '+' -> add(TokenType.PLUS, null);
            case '-' -> add(TokenType.MINUS, null);
            case '*' -> add(TokenType.STAR, null);
            case '=' -> add(TokenType.EQUAL, null);
            case '/' -> slashOrComment();
            case '"' -> string();
            default -> other(c);
        }
    }

    private void other(char c) {
        if (isDigit(c)) {
            number();
        } else if (isNameStart(c)) {
            name();
        } else if (c == '<' || c == '>' || c == '!') {
            error("Unexpected character '" + c + "'; compare with eq, ne, gt, gte, lt or lte.");
        } else {
            error("Unexpected character '" + printable(c) + "'.");
        }
    }

    private void newline() {
        add(TokenType.NEWLINE, null);
        line++;
        lineStart = current;
    }

    private void slashOrComment() {
        if (peek() != '/') {
            add(TokenType.SLASH, null);
            return;
        }
        while (current < source.length() && peek() != '\n') {
            current++;
        }
        add(TokenType.COMMENT, null);
    }

    private void string() {
        StringBuilder value = new StringBuilder();
        while (current < source.length() && peek() != '"' && peek() != '\n') {
            char c = advance();
            if (c == '\\' && current < source.length() && peek() != '\n') {
                value.append(escape(advance()));
            } else {
                value.append(c);
            }
        }
        if (current >= source.length() || peek() == '\n') {
            error("Unterminated string; close it with '\"' on the same line.");
            return;
        }
        current++;
        if (value.length() > Values.MAX_TEXT) {
            // the '+' limit would mean little if a literal could carry any size into a record
            error("Text of " + value.length() + " characters is over the limit of " + Values.MAX_TEXT
                    + " characters; keep large text in a record or a config, not in the script.");
            return;
        }
        add(TokenType.STRING, value.toString());
    }

    private char escape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> c;
        };
    }

    private void number() {
        while (isDigit(peek())) {
            current++;
        }
        boolean decimal = peek() == '.' && isDigit(peekNext());
        if (decimal) {
            current++;
            while (isDigit(peek())) {
                current++;
            }
        }
        String text = source.substring(start, current);
        if (decimal) {
            double value = Double.parseDouble(text);
            if (Double.isInfinite(value)) {
                error("Number too large: " + abbreviate(text) + ".");
            } else {
                add(TokenType.NUMBER, value);
            }
            return;
        }
        try {
            add(TokenType.NUMBER, Long.parseLong(text));
        } catch (NumberFormatException tooBig) {
            error("Number too large: " + abbreviate(text) + ".");
        }
    }

    private void name() {
        while (isNameStart(peek()) || isDigit(peek())) {
            current++;
        }
        String text = source.substring(start, current);
        add(KEYWORDS.getOrDefault(text, TokenType.IDENTIFIER), null);
    }

    private void error(String message) {
        Token token = add(TokenType.ERROR, null);
        errors.add(new StanzaError(token, message));
    }

    private Token add(TokenType type, Object literal) {
        Token token = new Token(type, source.substring(start, current), literal, line, start - lineStart + 1,
                start, current - start);
        tokens.add(token);
        return token;
    }

    private char advance() {
        return source.charAt(current++);
    }

    private char peek() {
        return current < source.length() ? source.charAt(current) : '\0';
    }

    private char peekNext() {
        return current + 1 < source.length() ? source.charAt(current + 1) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static String abbreviate(String text) {
        return text.length() > 24 ? text.substring(0, 20) + "..." : text;
    }
}
