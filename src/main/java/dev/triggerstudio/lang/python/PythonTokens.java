package dev.triggerstudio.lang.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small Python tokenizer, enough to find calls without being fooled by strings and comments:
 * names, string literals (every prefix, triple quotes, escapes, raw strings; f-strings are marked),
 * numbers, operators, and logical line ends (a newline outside brackets and not continued by a
 * backslash). It does not run Python, so {@code ./studio check} needs no GraalPy start.
 */
final class PythonTokens {

    enum Kind { NAME, STRING, FSTRING, NUMBER, OP, NEWLINE }

    /** value is the unescaped text of a STRING, else the token's text. */
    record Tok(Kind kind, String text, String value, int line, int column, int start, int end) {
        boolean is(String s) {
            return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
        }
    }

    private final String src;
    private final List<Tok> out = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private PythonTokens(String src) {
        this.src = src;
    }

    static List<Tok> of(String src) {
        PythonTokens t = new PythonTokens(src);
        t.run();
        return t.out;
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                newLine();
            } else if (c == '\n') {
                if (depth == 0) {
                    add(Kind.NEWLINE, pos, pos + 1, "\n");
                }
                pos++;
                newLine();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (Character.isJavaIdentifierStart(c)) {
                nameOrString();
            } else if (c == '"' || c == '\'') {
                string(pos, "");
            } else if (Character.isDigit(c)) {
                number();
            } else {
                op(c);
            }
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void nameOrString() {
        int start = pos;
        while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
            pos++;
        }
        String word = src.substring(start, pos);
        boolean prefix = word.length() <= 2 && word.toLowerCase(Locale.ROOT).matches("[rbuf]|rb|br|fr|rf");
        if (prefix && pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
            string(start, word.toLowerCase(Locale.ROOT));
        } else {
            add(Kind.NAME, start, pos, word);
        }
    }

    private void string(int start, String prefix) {
        char q = src.charAt(pos);
        boolean triple = src.startsWith("" + q + q + q, pos);
        boolean raw = prefix.contains("r");
        int tokLine = line;
        int tokCol = start - lineStart + 1;
        pos += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (triple ? src.startsWith("" + q + q + q, pos) : c == q) {
                pos += triple ? 3 : 1;
                break;
            }
            if (!triple && c == '\n') {
                break; // unterminated: Python's own check reports it
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char next = src.charAt(pos + 1);
                value.append(raw ? "\\" + next : escape(next));
                pos += 2;
                if (next == '\n') {
                    newLine();
                }
                continue;
            }
            if (c == '\n') {
                pos++;
                newLine();
            } else {
                pos++;
            }
            value.append(c);
        }
        Kind kind = prefix.contains("f") ? Kind.FSTRING : Kind.STRING;
        out.add(new Tok(kind, src.substring(start, pos), value.toString(), tokLine, tokCol, start, pos));
    }

    private static String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case '\n' -> "";
            default -> String.valueOf(c);
        };
    }

    private void number() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == '_')) {
            pos++;
        }
        add(Kind.NUMBER, start, pos, src.substring(start, pos));
    }

    private void op(char c) {
        if ("([{".indexOf(c) >= 0) {
            depth++;
        } else if (")]}".indexOf(c) >= 0 && depth > 0) {
            depth--;
        }
        add(Kind.OP, pos, pos + 1, String.valueOf(c));
        pos++;
    }

    private void add(Kind kind, int start, int end, String text) {
        out.add(new Tok(kind, text, text, line, start - lineStart + 1, start, end));
    }
}
