package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An object (record type), as written in {@code objects/<api_name>.json}. */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record ObjectDef(String apiName, String label, String nameField, boolean ownership, List<FieldDef> fields) {

    public ObjectDef {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<FieldDef> field(String name) {
        for (FieldDef f : fields) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public boolean hasField(String name) {
        return field(name).isPresent() || systemFieldNames().contains(name);
    }

    /** System fields of this object, in store column order. */
    @JsonIgnore
    public List<String> systemFieldNames() {
        List<String> names = new ArrayList<>(SystemFields.ALWAYS);
        if (ownership) {
            names.add(SystemFields.OWNER);
        }
        return names;
    }

    /** User fields then system fields: every name a record of this object may hold. */
    @JsonIgnore
    public List<String> allFieldNames() {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.name()));
        names.addAll(systemFieldNames());
        return names;
    }

    public String displayLabel() {
        return label == null || label.isBlank() ? apiName : label;
    }
}
