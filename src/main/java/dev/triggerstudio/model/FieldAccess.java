package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum FieldAccess {
    NONE,READ,EDIT;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }
}
