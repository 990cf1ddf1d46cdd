package dev.triggerstudio.engine.scale;

import dev.triggerstudio.model.Limits;
import java.util.Locale;
import java.util.Optional;

/** The project limits a trigger can break, by their names in project.json. */
public enum LimitKind {
    MAX_QUERIES("too many queries"),
    MAX_DML("too many dml statements"),
    MAX_DML_ROWS("too many dml rows"),
    MAX_DEPTH("max_depth"),
    STANZA_FUEL("out of fuel"),
    TRIGGER_TIMEOUT_MS("timed out");

    private final String messageMark;

    LimitKind(String messageMark) {
        this.messageMark = messageMark;
    }

    /** {@code max_queries}, as in project.json. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The limit's value in the project. */
    public long of(Limits l) {
        return switch (this) {
            case MAX_QUERIES -> l.maxQueries();
            case MAX_DML -> l.maxDml();
            case MAX_DML_ROWS -> l.maxDmlRows();
            case MAX_DEPTH -> l.maxDepth();
            case STANZA_FUEL -> l.stanzaFuel();
            case TRIGGER_TIMEOUT_MS -> l.triggerTimeoutMs();
        };
    }

    /** Which limit an engine error message reports, if any (the engine's messages name them). */
    public static Optional<LimitKind> fromMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String m = message.toLowerCase(Locale.ROOT);
        for (LimitKind k : values()) {
            if (m.contains(k.messageMark)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
