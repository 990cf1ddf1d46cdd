package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Match {
    ALL,ANY;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }
}
