package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;

/** What a trigger listens to. {@code write} stands for create + update + delete. */
public enum Event {
    CREATE, UPDATE, DELETE, READ, WRITE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }

    /** The concrete events (create, update, delete, read) this one covers. */
    public Set<Event> expand() {
        return this == WRITE ? EnumSet.of(CREATE, UPDATE, DELETE) : EnumSet.of(this);
    }

    public static boolean covers(Iterable<Event> events, Event concrete) {
        for (Event e : events) {
            if (e.expand().contains(concrete)) {
                return true;
            }
        }
        return false;
    }
}
