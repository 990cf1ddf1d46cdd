package dev.triggerstudio.ui.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each value of a JSON text sits: character offsets of every object, member, array item
 * and scalar. A save patches those ranges instead of rewriting the file, so that what the user
 * typed (order, spacing, line breaks) survives. The text must already be valid JSON (it was
 * parsed by the loader first); this only measures it.
 */
final class JsonSpans {
    /** A value's range in the text, {@code end} exclusive. */
    sealed interface Span permits Scalar, Arr, Obj {
        int start();

        int end();
    }

    record Scalar(int start, int end) implements Span {
    }

    record Arr(int start, int end, List<Span> items) implements Span {
    }

    record Member(String key, int keyStart, Span value) {
    }

    record Obj(int start, int end, List<Member> members) implements Span {
        Member member(String key) {
            return members.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
        }
    }

    private final String text;
    private int pos;

    private JsonSpans(String text) {
        this.text = text;
    }

    static Span of(String text) {
        JsonSpans s = new JsonSpans(text);
        s.skipSpace();
        return s.value();
    }

    private Span value() {
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> {
                int start = pos;
                string();
                yield new Scalar(start, pos);
            }
            default -> literal();
        };
    }

    private Obj object() {
        int start = pos++;
        List<Member> members = new ArrayList<>();
        skipSpace();
        while (text.charAt(pos) != '}') {
            int keyStart = pos;
            String key = string();
            skipSpace();
            pos++; // ':'
            skipSpace();
            members.add(new Member(key, keyStart, value()));
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
                skipSpace();
            }
        }
        pos++;
        return new Obj(start, pos, List.copyOf(members));
    }

    private Arr array() {
        int start = pos++;
        List<Span> items = new ArrayList<>();
        skipSpace();
        while (text.charAt(pos) != ']') {
            items.add(value());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
                skipSpace();
            }
        }
        pos++;
        return new Arr(start, pos, List.copyOf(items));
    }

    /** Reads a string token and returns its value (escapes decoded). */
    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
        pos++;
        return out.toString();
    }

    private Scalar literal() {
        int start = pos;
        while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return new Scalar(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
