package dev.triggerstudio.lang.lua;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.OneArgFunction;

/**
 * Turns LuaJ's error wording into Lua 5.1's, which Gospel users know and search for:
 * {@code x.lua:4 attempt to index ? (a nil value)} becomes {@code x.lua:4: attempt to index a nil value}.
 */
final class LuaMessages {
    private static final Pattern POSITION = Pattern.compile("^([^\\n]*?:(?:\\d+|\\?)) (.*)$", Pattern.DOTALL);
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("^attempt to index \\? \\(a (\\w+) value\\)(.*)$", "attempt to index a $1 value$2"),
            new Rewrite("^index expected, got (\\w+)$", "attempt to index a $1 value"),
            new Rewrite("^attempt to call (nil|boolean|number|string|table|userdata)$", "attempt to call a $1 value"),
            new Rewrite("^attempt to get length of (\\w+)$", "attempt to get length of a $1 value"),
            new Rewrite("^attempt to perform arithmetic \\S+ on number and (\\w+)$",
                    "attempt to perform arithmetic on a $1 value"),
            new Rewrite("^attempt to perform arithmetic \\S+ on (\\w+) and \\w+$",
                    "attempt to perform arithmetic on a $1 value"),
            new Rewrite("^attempt to perform arithmetic on (\\w+)$", "attempt to perform arithmetic on a $1 value"),
            new Rewrite("^attempt to concatenate (?:string|number) and (\\w+)$", "attempt to concatenate a $1 value"),
            new Rewrite("^attempt to concatenate (\\w+) and \\w+$", "attempt to concatenate a $1 value"));

    private LuaMessages() {
    }

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.DOTALL), replacement);
        }
    }

    static String normalise(String message) {
        if (message == null) {
            return "error";
        }
        Matcher m = POSITION.matcher(message);
        if (m.matches()) {
            return m.group(1) + ": " + reword(m.group(2));
        }
        return reword(message);
    }

    private static String reword(String text) {
        for (Rewrite r : REWRITES) {
            Matcher m = r.pattern().matcher(text);
            if (m.matches()) {
                return m.replaceFirst(r.replacement());
            }
        }
        return text;
    }

    /**
     * Installed as the thread's error function, which LuaJ calls once where an error is raised:
     * it rewords the message and remembers the line of the user's script that was running.
     */
    static final class Normaliser extends OneArgFunction {
        private final GuardHook hook;
        private int line;

        Normaliser(GuardHook hook) {
            this.hook = hook;
        }

        @Override
        public LuaValue call(LuaValue message) {
            line = hook.scriptLine();
            return valueOf(normalise(message.tojstring()));
        }

        int line() {
            return line;
        }
    }
}
