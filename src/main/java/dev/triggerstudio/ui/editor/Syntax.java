package dev.triggerstudio.ui.editor;

import dev.triggerstudio.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a language's text looks like to the tokenizer: comment and string delimiters, and the
 * word lists of {@code resources/ui/keywords/<language>.txt}.
 */
public record Syntax(Language language, String lineComment, String blockOpen, String blockClose,
                     List<String> quotes, String longStringOpen, String longStringClose,
                     Map<String, Token.Kind> words) {

    private static final Map<Language, Syntax> CACHE = new EnumMap<>(Language.class);

    /** JSON: strings, numbers, true/false/null; no comments. */
    public static Syntax json() {
        return new Syntax(null, null, null, null, List.of("\""), null, null,
                Map.of("true", Token.Kind.KEYWORD, "false", Token.Kind.KEYWORD, "null", Token.Kind.KEYWORD));
    }

    public static synchronized Syntax of(Language language) {
        return CACHE.computeIfAbsent(language, Syntax::load);
    }

    private static Syntax load(Language language) {
        Map<String, Token.Kind> words = readWords(language);
        return switch (language) {
            case PYTHON -> new Syntax(language, "#", null, null, List.of("\"\"\"", "'''", "\"", "'"), null, null, words);
            case LUA -> new Syntax(language, "--", "--[[", "]]", List.of("\"", "'"), "[[", "]]", words);
            case STANZA -> new Syntax(language, "//", null, null, List.of("\""), null, null, words);
        };
    }

    public Set<String> wordsOf(Token.Kind kind) {
        Set<String> out = new TreeSet<>();
        words.forEach((w, k) -> {
            if (k == kind) {
                out.add(w);
            }
        });
        return out;
    }

    private static Map<String, Token.Kind> readWords(Language language) {
        String resource = "/ui/keywords/" + language.jsonName() + ".txt";
        Map<String, Token.Kind> words = new HashMap<>();
        try (InputStream in = Syntax.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + "; the build lost resources/");
            }
            Token.Kind section = Token.Kind.KEYWORD;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[")) {
                    // "[keywords]" names the kind in the plural: drop "s]"
                    section = Token.Kind.valueOf(t.substring(1, t.length() - 2).toUpperCase());
                    continue;
                }
                final Token.Kind kind = section;
                Arrays.stream(t.split("\\s+")).forEach(w -> words.putIfAbsent(w, kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
