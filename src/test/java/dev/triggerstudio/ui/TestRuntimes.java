package dev.triggerstudio.ui;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The language runtimes the UI tests check with: the real ones registered through ServiceLoader
 * where they exist, else a stand-in that reports unclosed brackets, so that the editor's
 * diagnostics path (check off the FX thread, underline, hover, Problems) is exercised either way.
 */
public final class TestRuntimes {
    private TestRuntimes() {
    }

    public static ScriptRuntimes withFallbacks() {
        ScriptRuntimes standard = ScriptRuntimes.standard();
        List<ScriptRuntime> all = new ArrayList<>();
        for (Language l : Language.values()) {
            all.add(standard.get(l).orElseGet(() -> new UnclosedBrackets(l)));
        }
        return ScriptRuntimes.of(all.toArray(ScriptRuntime[]::new));
    }

    /** Reports the first bracket left open, at its line and column. */
    public record UnclosedBrackets(Language language) implements ScriptRuntime {
        @Override
        public List<Diagnostic> check(ScriptSource source, CheckContext context) {
            String text = source.text();
            java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
            int line = 1;
            int col = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    open.push(new int[] {line, col});
                } else if (c == ')' && !open.isEmpty()) {
                    open.pop();
                }
                if (c == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return open.isEmpty() ? List.of() : List.of(Diagnostic.error(source.path(), open.peekLast()[0],
                    open.peekLast()[1], "'(' is never closed; add ')'"));
        }

        @Override
        public CompiledScript compile(ScriptSource source) {
            throw new UnsupportedOperationException("only checks");
        }
    }
}
