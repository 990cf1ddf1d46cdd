package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Gospel's words for when a trigger runs: "Run before any read or write", "Run after every record update". */
public final class EventPhrases {
    private EventPhrases() {
    }

    /** The checkbox label for one event at a timing. */
    public static String phrase(Timing timing, Event event) {
        return switch (timing) {
            case BEFORE -> switch (event) {
                case CREATE -> "Run before any record creation";
                case UPDATE -> "Run before any record update";
                case DELETE -> "Run before any record deletion";
                case WRITE -> "Run before a write is made";
                case READ -> "Run before a read is made";
            };
            case AFTER, ASYNC -> {
                String when = timing == Timing.AFTER ? "Run after" : "Run asynchronously after";
                yield switch (event) {
                    case CREATE -> when + " every record creation";
                    case UPDATE -> when + " every record update";
                    case DELETE -> when + " every record deletion";
                    case WRITE -> when + " a write is made";
                    case READ -> "Reads run Before only";
                };
            }
            case NEVER -> "Trigger will never run";
        };
    }

    /** One sentence for the whole selection, as the trigger list shows it. */
    public static String summary(Timing timing, List<Event> events) {
        if (timing == Timing.NEVER) {
            return "Trigger will never run";
        }
        Set<Event> set = events.isEmpty() ? EnumSet.noneOf(Event.class) : EnumSet.copyOf(events);
        if (set.isEmpty()) {
            return "Choose at least one event";
        }
        if (timing == Timing.BEFORE && set.contains(Event.READ) && set.contains(Event.WRITE)) {
            return "Run before any read or write";
        }
        return String.join("; ", set.stream().map(e -> phrase(timing, e)).toList());
    }

    /** Events a timing allows: read only Before. */
    public static List<Event> allowed(Timing timing) {
        return switch (timing) {
            case BEFORE -> List.of(Event.CREATE, Event.UPDATE, Event.DELETE, Event.WRITE, Event.READ);
            case AFTER, ASYNC -> List.of(Event.CREATE, Event.UPDATE, Event.DELETE, Event.WRITE);
            case NEVER -> List.of();
        };
    }
}
