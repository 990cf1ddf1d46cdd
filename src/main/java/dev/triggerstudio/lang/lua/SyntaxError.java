package dev.triggerstudio.lang.lua;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A syntax error from LuaJ's compiler, whose wording ({@code [string "x.lua"]:3: unexpected symbol 61 (=)})
 * is made to read like Lua's ({@code x.lua:3: unexpected symbol near '='}).
 */
record SyntaxError(String path, int line, String message) {
    private static final Pattern LUAC = Pattern.compile("^\\[string \"(?:.*)\"\\]:(\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("(?:symbol )?\\d+ \\((.+)\\)$");

    static SyntaxError of(String path, String luac) {
        Matcher m = LUAC.matcher(luac == null ? "" : luac);
        if (!m.matches()) {
            return new SyntaxError(path, 0, luac);
        }
        String text = m.group(2);
        Matcher t = TOKEN.matcher(text);
        if (t.find()) {
            text = text.substring(0, t.start()) + (text.substring(t.start()).startsWith("symbol") ? "symbol " : "")
                    + "near '" + t.group(1) + "'";
        }
        return new SyntaxError(path, Integer.parseInt(m.group(1)), text);
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
