package dev.triggerstudio.engine.coverage;

import dev.triggerstudio.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a trigger script that coverage counts (docs/architecture.md, "Tests for CI"): never blank lines
 * or comments, nor lines that hold only a block's closing word, where no language reports a line
 * event. Python's top level runs once when the module loads, outside any test's recording, so only
 * indented lines (the bodies of execute and its helpers) count.
 */
public final class ExecutableLines {
    private static final Pattern LUA_CLOSER = Pattern.compile("^(end|else|\\}|\\)|end\\)|\\},?|do|repeat)[,;]?$");
    private static final Pattern PY_CLOSER = Pattern.compile("^(else:|[)\\]}][,)\\]}]*:?)$");

    private ExecutableLines() {
    }

    /** 1-based line numbers, ascending. */
    public static List<Integer> of(Language language, String text) {
        String[] lines = text.split("\\R", -1);
        List<Integer> out = new ArrayList<>();
        boolean inLuaBlockComment = false;
        boolean inPyString = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String s = raw.strip();
            switch (language) {
                case LUA -> {
                    if (inLuaBlockComment) {
                        inLuaBlockComment = !s.contains("]]");
                        continue;
                    }
                    if (s.startsWith("--[[") || s.startsWith("--[=[")) {
                        inLuaBlockComment = !s.contains("]]");
                        continue;
                    }
                    if (!s.isEmpty() && !s.startsWith("--") && !LUA_CLOSER.matcher(s).matches()) {
                        out.add(i + 1);
                    }
                }
                case PYTHON -> {
                    int quotes = count(s, "\"\"\"") + count(s, "'''");
                    boolean startsString = s.startsWith("\"\"\"") || s.startsWith("'''");
                    if (inPyString) {
                        inPyString = quotes % 2 == 0;
                        continue;
                    }
                    if (startsString && quotes % 2 == 1) {
                        inPyString = true;
                        continue;
                    }
                    boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
                    if (indented && !s.isEmpty() && !s.startsWith("#") && !startsString && !PY_CLOSER.matcher(s).matches()) {
                        out.add(i + 1);
                    }
                }
                case STANZA -> {
                    if (!s.isEmpty() && !s.startsWith("//")) {
                        out.add(i + 1);
                    }
                }
            }
        }
        return out;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
