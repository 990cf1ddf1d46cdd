package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Language {
    PYTHON,LUA,STANZA;

    /** File extension of this language's scripts, without the dot. */
    public String extension() {
        return switch (this) {
            case PYTHON -> "py";
            case LUA -> "lua";
            case STANZA -> "stanza";
        };
    }

    /** Python runs once per chunk with maps; Lua and Stanza once per record. */
    public boolean runsPerChunk() {
        return this == PYTHON;
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase();
    }
}
