package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/** One action of a no-code automation. Which fields it uses depends on its {@link Type}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Action(Type type, String field, Object value, String message, String object,
                     Map<String, Object> values, String to, String title) {

    public enum Type {
        SET_FIELD, VALIDATION_ERROR, CREATE_RECORD, NOTIFY;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase();
        }

        /** set_field and validation_error act Before; create_record and notify After or Async. */
        public boolean isForBefore() {
            return this == SET_FIELD || this == VALIDATION_ERROR;
        }
    }

    public static Action setField(String field, Object value) {
        return new Action(Type.SET_FIELD, field, value, null, null, null, null, null);
    }

    public static Action validationError(String message) {
        return new Action(Type.VALIDATION_ERROR, null, null, message, null, null, null, null);
    }

    public static Action createRecord(String object, Map<String, Object> values) {
        return new Action(Type.CREATE_RECORD, null, null, null, object, values, null, null);
    }

    public static Action notify(String to, String title) {
        return new Action(Type.NOTIFY, null, null, null, null, null, to, title);
    }
}
