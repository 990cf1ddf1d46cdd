package dev.triggerstudio.lang;

import dev.triggerstudio.model.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The runtimes available to the engine, by language. */
public final class ScriptRuntimes {
    private final Map<Language, ScriptRuntime> byLanguage;

    public ScriptRuntimes(Map<Language, ScriptRuntime> byLanguage) {
        this.byLanguage = byLanguage.isEmpty() ? Map.of() : new EnumMap<>(byLanguage);
    }

    /** Every runtime registered in {@code META-INF/services/dev.triggerstudio.lang.ScriptRuntime}. */
    public static ScriptRuntimes standard() {
        Map<Language, ScriptRuntime> found = new EnumMap<>(Language.class);
        for (ScriptRuntime r : ServiceLoader.load(ScriptRuntime.class, ScriptRuntimes.class.getClassLoader())) {
            found.put(r.language(), r);
        }
        return new ScriptRuntimes(found);
    }

    public static ScriptRuntimes of(ScriptRuntime... runtimes) {
        Map<Language, ScriptRuntime> m = new EnumMap<>(Language.class);
        for (ScriptRuntime r : runtimes) {
            m.put(r.language(), r);
        }
        return new ScriptRuntimes(m);
    }

    public Optional<ScriptRuntime> get(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }
}
