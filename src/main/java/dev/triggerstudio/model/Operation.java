package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/** One operation of a batch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Operation(Kind op, String object, List<Map<String, Object>> records, List<String> ids,
                        RunWhen where, String user) {

    public enum Kind {
        CREATE, UPDATE, DELETE, READ, LIST;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase();
        }

        /** The event triggers listen to for this kind (list is a read). */
        public Event event() {
            return switch (this) {
                case CREATE -> Event.CREATE;
                case UPDATE -> Event.UPDATE;
                case DELETE -> Event.DELETE;
                case READ, LIST -> Event.READ;
            };
        }

        public boolean isWrite() {
            return this == CREATE || this == UPDATE || this == DELETE;
        }
    }

    public int size() {
        if (records != null) {
            return records.size();
        }
        return ids == null ? 0 : ids.size();
    }
}
