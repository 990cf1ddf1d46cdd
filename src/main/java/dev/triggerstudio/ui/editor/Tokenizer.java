package dev.triggerstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into coloured tokens. A pure function of the text, safe to run off the FX
 * thread; unknown characters are left plain. Stanza will switch to the language's own lexer
 * when {@code dev.triggerstudio.lang.stanza} publishes one.
 */
public final class Tokenizer {
    private final Syntax syntax;

    public Tokenizer(Syntax syntax) {
        this.syntax = syntax;
    }

    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = next(text, i, out);
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private int next(String text, int i, List<Token> out) {
        char c = text.charAt(i);
        if (syntax.blockOpen() != null && text.startsWith(syntax.blockOpen(), i)) {
            return add(out, Token.Kind.COMMENT, i, until(text, i + syntax.blockOpen().length(), syntax.blockClose()));
        }
        if (syntax.lineComment() != null && text.startsWith(syntax.lineComment(), i)) {
            return add(out, Token.Kind.COMMENT, i, lineEnd(text, i));
        }
        if (syntax.longStringOpen() != null && text.startsWith(syntax.longStringOpen(), i)) {
            return add(out, Token.Kind.STRING, i, until(text, i + 2, syntax.longStringClose()));
        }
        for (String q : syntax.quotes()) {
            if (text.startsWith(q, i)) {
                return add(out, Token.Kind.STRING, i, stringEnd(text, i + q.length(), q));
            }
        }
        if (Character.isDigit(c)) {
            return add(out, Token.Kind.NUMBER, i, scan(text, i, ch -> Character.isLetterOrDigit(ch) || ch == '.' || ch == '_'));
        }
        if (Character.isLetter(c) || c == '_') {
            int end = scan(text, i, ch -> Character.isLetterOrDigit(ch) || ch == '_');
            Token.Kind kind = syntax.words().getOrDefault(text.substring(i, end), Token.Kind.IDENTIFIER);
            return add(out, kind, i, end);
        }
        if ("()[]{}".indexOf(c) >= 0) {
            return add(out, Token.Kind.BRACKET, i, i + 1);
        }
        if ("+-*/%=<>!&|^~.:,;#@".indexOf(c) >= 0) {
            return add(out, Token.Kind.OPERATOR, i, i + 1);
        }
        return i + 1;
    }

    private static int add(List<Token> out, Token.Kind kind, int start, int end) {
        out.add(new Token(kind, start, end));
        return end;
    }

    private static int until(String text, int from, String close) {
        int at = text.indexOf(close, from);
        return at < 0 ? text.length() : at + close.length();
    }

    private static int lineEnd(String text, int from) {
        int at = text.indexOf('\n', from);
        return at < 0 ? text.length() : at;
    }

    /** Single-quoted strings stop at the line end so that one missing quote does not colour the rest. */
    private static int stringEnd(String text, int from, String quote) {
        boolean multiLine = quote.length() == 3;
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (text.startsWith(quote, i)) {
                return i + quote.length();
            } else if (ch == '\n' && !multiLine) {
                return i;
            }
        }
        return text.length();
    }

    private static int scan(String text, int from, java.util.function.IntPredicate part) {
        int i = from;
        while (i < text.length() && part.test(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
