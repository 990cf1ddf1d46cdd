package dev.triggerstudio.ui.editor;

import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.ObjectDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What may be typed at the caret: members of the qualifier before the last dot
 * ({@code context.rec|} → {@code records}), or keywords, roots and field names at a bare word.
 */
public final class Completions {
    private final Language language;
    private final ObjectDef object;
    private final Collection<String> objectNames;

    public Completions(Language language, ObjectDef object, Collection<String> objectNames) {
        this.language = language;
        this.object = object;
        this.objectNames = List.copyOf(objectNames);
    }

    /** Where the completed word starts, what was typed of it, and the matching items. */
    public record Result(int replaceFrom, String prefix, List<CompletionItem> items) {
    }

    public Result at(String text, int caret) {
        int start = caret;
        while (start > 0 && isWordOrDot(text.charAt(start - 1))) {
            start--;
        }
        String chain = text.substring(start, caret);
        int dot = chain.lastIndexOf('.');
        String qualifier = dot < 0 ? "" : chain.substring(0, dot);
        String prefix = chain.substring(dot + 1);
        List<CompletionItem> candidates = dot < 0 ? topLevel(text.substring(0, start)) : members(qualifier);
        List<CompletionItem> items = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (CompletionItem c : candidates) {
            if (c.insert().toLowerCase().startsWith(prefix.toLowerCase()) && seen.putIfAbsent(c.insert(), true) == null) {
                items.add(c);
            }
        }
        if (dot < 0) {
            items.sort(Comparator.comparing(CompletionItem::insert));
        }
        return new Result(caret - prefix.length(), prefix, items);
    }

    private static boolean isWordOrDot(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private List<CompletionItem> members(String qualifier) {
        return switch (language) {
            case PYTHON -> CompletionCatalog.PYTHON.getOrDefault(qualifier, List.of());
            case LUA -> qualifier.equals("record") || qualifier.equals("old") ? fields()
                    : CompletionCatalog.LUA.getOrDefault(qualifier, List.of());
            case STANZA -> stanzaMembers(qualifier);
        };
    }

    private List<CompletionItem> stanzaMembers(String qualifier) {
        if (qualifier.equals("record") || qualifier.equals("old") || qualifier.endsWith(".fields")) {
            return fields();
        }
        if (qualifier.equals("records")) {
            return objectNames.stream().map(n -> CompletionItem.member(n, "object")).toList();
        }
        if (qualifier.startsWith("records.") && qualifier.chars().filter(ch -> ch == '.').count() == 1) {
            return CompletionCatalog.STANZA_SET;
        }
        if (qualifier.contains(".fields.")) {
            return CompletionCatalog.STANZA_AGGREGATES;
        }
        return CompletionCatalog.STANZA.getOrDefault(qualifier, List.of());
    }

    private List<CompletionItem> fields() {
        if (object == null) {
            return List.of();
        }
        return object.allFieldNames().stream().map(f -> CompletionItem.member(f, "field")).toList();
    }

    /**
     * Whether typing may keep the list open or open it: right after a word character or a dot. After
     * "(", a space or an operator the user is not completing anything, and the list stays closed.
     */
    public static boolean continuesWord(String text, int caret) {
        return caret > 0 && caret <= text.length() && isWordOrDot(text.charAt(caret - 1));
    }

    private List<CompletionItem> topLevel(String before) {
        Syntax syntax = Syntax.of(language);
        List<CompletionItem> items = new ArrayList<>();
        LocalNames.of(language, before).forEach(n -> items.add(CompletionItem.member(n, "local")));
        syntax.wordsOf(Token.Kind.KEYWORD).forEach(w -> items.add(CompletionItem.member(w, "keyword")));
        syntax.wordsOf(Token.Kind.PREDICATE).forEach(w -> items.add(CompletionItem.member(w, "predicate")));
        syntax.wordsOf(Token.Kind.BUILTIN).forEach(w -> items.add(CompletionItem.member(w, "builtin")));
        if (language == Language.PYTHON) {
            items.add(CompletionItem.member("context", "parameter"));
        }
        if (language != Language.STANZA) {
            items.addAll(fields());
        }
        return items;
    }
}
