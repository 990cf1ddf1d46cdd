package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Access {
    READ,EDIT,READ_EDIT;

    public boolean canRead() {
        return this == READ || this == READ_EDIT;
    }

    public boolean canEdit() {
        return this == EDIT || this == READ_EDIT;
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }
}
