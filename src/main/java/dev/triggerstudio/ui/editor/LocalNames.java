package dev.triggerstudio.ui.editor;

import dev.triggerstudio.model.Language;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a script binds before the caret (assignments, loop variables, parameters, local
 * functions), which completion offers beside the language's own words. A light scan of the text,
 * not a parse: a half-typed script has to work too.
 */
final class LocalNames {
    private static final Pattern NAME_LIST = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<Pattern> PYTHON = List.of(
            Pattern.compile("(?m)^[ \\t]*([A-Za-z_][A-Za-z0-9_, \\t]*?)[ \\t]*(?::[^=\\n]*)?(?<![=!<>+\\-*/%])=(?!=)"),
            Pattern.compile("\\bfor[ \\t]+([A-Za-z_][A-Za-z0-9_, \\t]*?)[ \\t]+in\\b"),
            Pattern.compile("\\bdef[ \\t]+([A-Za-z_][A-Za-z0-9_]*)"),
            Pattern.compile("\\bdef[ \\t]+[A-Za-z_][A-Za-z0-9_]*[ \\t]*\\(([^)]*)\\)"),
            Pattern.compile("\\bas[ \\t]+([A-Za-z_][A-Za-z0-9_]*)"),
            Pattern.compile("(?m)^[ \\t]*import[ \\t]+([A-Za-z_][A-Za-z0-9_]*)"),
            Pattern.compile("(?m)^[ \\t]*from[ \\t]+\\S+[ \\t]+import[ \\t]+([A-Za-z0-9_, \\t]+)"));
    private static final List<Pattern> LUA = List.of(
            Pattern.compile("\\blocal[ \\t]+(?!function\\b)([A-Za-z_][A-Za-z0-9_, \\t]*)"),
            Pattern.compile("\\bfunction[ \\t]+([A-Za-z_][A-Za-z0-9_]*)"),
            Pattern.compile("\\bfunction[ \\t]*[A-Za-z0-9_.:]*[ \\t]*\\(([^)]*)\\)"),
            Pattern.compile("\\bfor[ \\t]+([A-Za-z_][A-Za-z0-9_, \\t]*?)[ \\t]*(?:=|\\bin\\b)"),
            Pattern.compile("(?m)^[ \\t]*([A-Za-z_][A-Za-z0-9_]*)[ \\t]*=(?!=)"));
    private static final Set<String> NOT_NAMES = Set.of("in", "function", "local", "self", "cls");

    private LocalNames() {
    }

    /** Names bound in {@code text} (the script before the word being typed), in order of first appearance. */
    static Set<String> of(Language language, String text) {
        List<Pattern> patterns = switch (language) {
            case PYTHON -> PYTHON;
            case LUA -> LUA;
            case STANZA -> List.of(); // Stanza has no variables of its own
        };
        Set<String> names = new LinkedHashSet<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Matcher n = NAME_LIST.matcher(m.group(1).replaceAll(":[^,]*|=[^,]*", ""));
                while (n.find()) {
                    if (!NOT_NAMES.contains(n.group())) {
                        names.add(n.group());
                    }
                }
            }
        }
        return names;
    }
}
