package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Run When predicates (docs/architecture.md#contracts). */
public enum Predicate {
    EQUALS("is equal to"), NOT_EQUALS("is not equal to"), CONTAINS("contains"), NOT_CONTAINS("does not contain"),
    STARTS_WITH("starts with"), ENDS_WITH("ends with"), GREATER_THAN("is greater than"),
    GREATER_OR_EQUAL("is greater than or equal to"), LESS_THAN("is less than"),
    LESS_OR_EQUAL("is less than or equal to"), IS_EMPTY("is empty"), IS_NOT_EMPTY("is not empty"),
    IN("is one of"), NOT_IN("is not one of"), CHANGED("changed");

    private final String phrase;

    Predicate(String phrase) {
        this.phrase = phrase;
    }

    /** How the Run When preview says it: "Status is equal to Draft". */
    public String phrase() {
        return phrase;
    }

    /** Predicates that compare with no value. */
    public boolean takesValue() {
        return this != IS_EMPTY && this != IS_NOT_EMPTY && this != CHANGED;
    }

    public boolean takesList() {
        return this == IN || this == NOT_IN;
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }
}
