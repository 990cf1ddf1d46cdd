package dev.triggerstudio.ui.editor;

import dev.triggerstudio.model.Language;
import java.util.OptionalInt;

/** Text edits an IDE makes for the user: indent after a newline, toggle comments, match brackets. */
public final class EditorText {
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private EditorText() {
    }

    /** The indent for a new line after {@code lineBefore}: kept, and one level deeper after a block opener. */
    public static String indentAfter(Language language, String lineBefore) {
        String indent = lineBefore.substring(0, lineBefore.length() - lineBefore.stripLeading().length());
        String t = lineBefore.strip();
        boolean opens = language != null && switch (language) {
            case PYTHON -> t.endsWith(":");
            case LUA -> t.endsWith("then") || t.endsWith("do") || t.matches(".*\\bfunction\\b.*\\)$")
                    || t.endsWith("else") || t.endsWith("repeat");
            case STANZA -> false;
        };
        boolean bracket = !t.isEmpty() && OPEN.indexOf(t.charAt(t.length() - 1)) >= 0;
        return opens || bracket ? indent + "    " : indent;
    }

    public static String commentPrefix(Language language) {
        if (language == null) {
            return "//";
        }
        return switch (language) {
            case PYTHON -> "#";
            case LUA -> "--";
            case STANZA -> "//";
        };
    }

    /** Comments every line of the block, or uncomments it when all its non-blank lines are comments. */
    public static String toggleComment(Language language, String block) {
        String prefix = commentPrefix(language);
        String[] lines = block.split("\n", -1);
        boolean allCommented = true;
        for (String l : lines) {
            if (!l.isBlank() && !l.stripLeading().startsWith(prefix)) {
                allCommented = false;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(i > 0 ? "\n" : "").append(toggleLine(lines[i], prefix, allCommented));
        }
        return out.toString();
    }

    private static String toggleLine(String line, String prefix, boolean uncomment) {
        if (line.isBlank()) {
            return line;
        }
        int at = line.length() - line.stripLeading().length();
        if (uncomment) {
            String rest = line.substring(at + prefix.length());
            return line.substring(0, at) + (rest.startsWith(" ") ? rest.substring(1) : rest);
        }
        return line.substring(0, at) + prefix + " " + line.substring(at);
    }

    /** The offset of the bracket matching the one at {@code offset}, if there is a bracket there. */
    public static OptionalInt matchingBracket(String text, int offset) {
        if (offset < 0 || offset >= text.length()) {
            return OptionalInt.empty();
        }
        char c = text.charAt(offset);
        int open = OPEN.indexOf(c);
        int close = CLOSE.indexOf(c);
        if (open >= 0) {
            return scan(text, offset, 1, c, CLOSE.charAt(open));
        }
        if (close >= 0) {
            return scan(text, offset, -1, c, OPEN.charAt(close));
        }
        return OptionalInt.empty();
    }

    /** How far the matcher looks: enough for any trigger block, and typing in huge files stays cheap. */
    static final int SCAN_LIMIT = 20_000;

    private static OptionalInt scan(String text, int from, int step, char same, char other) {
        int depth = 0;
        int stop = step > 0 ? Math.min(text.length(), from + SCAN_LIMIT) : Math.max(-1, from - SCAN_LIMIT);
        for (int i = from; i != stop; i += step) {
            char ch = text.charAt(i);
            if (ch == same) {
                depth++;
            } else if (ch == other && --depth == 0) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The next occurrence of {@code query} at or after {@code from}, wrapping around; -1 when none. */
    public static int find(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) {
            return -1;
        }
        String t = matchCase ? text : text.toLowerCase();
        String q = matchCase ? query : query.toLowerCase();
        int at = t.indexOf(q, Math.min(Math.max(from, 0), t.length()));
        return at >= 0 ? at : t.indexOf(q);
    }
}
