package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum FieldType {
    TEXT, TEXTAREA, NUMBER, INTEGER, BOOLEAN, DATE, DATETIME, PHONE, EMAIL, URL, PICKLIST, LOOKUP, ADDRESS, JSON;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }

    public boolean isTextual() {
        return switch (this) {
            case TEXT, TEXTAREA, PHONE, EMAIL, URL, PICKLIST -> true;
            default -> false;
        };
    }

    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER;
    }
}
