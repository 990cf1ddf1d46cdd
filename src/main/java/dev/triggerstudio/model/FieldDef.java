package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One field of an object, as written in {@code objects/<api_name>.json}. */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record FieldDef(String name, FieldType type, String label, boolean required, boolean unique,
                       Integer maxLength, List<String> values, @JsonProperty("default") Object defaultValue, String to, boolean hidden) {

    public FieldDef {
        values = values == null ? null : List.copyOf(values);
    }

    public static FieldDef of(String name, FieldType type) {
        return new FieldDef(name, type, null, false, false, null, null, null, null, false);
    }

    public String displayLabel() {
        if (label != null && !label.isBlank()) {
            return label;
        }
        String spaced = name.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
