package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import javafx.util.StringConverter;

/** How enum values read in drop-downs: "Before", not "BEFORE". */
public final class Labels {
    private Labels() {
    }

    public static StringConverter<Timing> timing() {
        return new StringConverter<>() {
            @Override
            public String toString(Timing t) {
                return t == null ? "" : switch (t) {
                    case BEFORE -> "Before";
                    case AFTER -> "After";
                    case ASYNC -> "Async";
                    case NEVER -> "Never";
                };
            }

            @Override
            public Timing fromString(String s) {
                return Timing.valueOf(s.toUpperCase());
            }
        };
    }

    /** "Python", "Lua", "Stanza": the languages' own names. */
    public static StringConverter<Language> language() {
        return new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : switch (l) {
                    case PYTHON -> "Python";
                    case LUA -> "Lua";
                    case STANZA -> "Stanza";
                };
            }

            @Override
            public Language fromString(String s) {
                return Language.valueOf(s.toUpperCase());
            }
        };
    }
}
