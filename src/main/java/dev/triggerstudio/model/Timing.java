package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Timing {
    BEFORE,AFTER,ASYNC,NEVER;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }
}
