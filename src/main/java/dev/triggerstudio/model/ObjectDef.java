package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An object (record type), as written in {@code objects/<api_name>.json}. Immutable. A class
 * rather than a record because the engine asks for fields by name for every value of every
 * record: the index is built once here instead of searching the list each time.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"api_name", "label", "name_field", "ownership", "fields"})
public final class ObjectDef {
    @JsonProperty("api_name")
    private final String apiName;
    @JsonProperty("label")
    private final String label;
    @JsonProperty("name_field")
    private final String nameField;
    @JsonProperty("ownership")
    private final boolean ownership;
    @JsonProperty("fields")
    private final List<FieldDef> fields;

    private final Map<String, FieldDef> byName = new HashMap<>();
    private final List<String> systemFieldNames;
    private final List<String> allFieldNames;

    @JsonCreator
    public ObjectDef(@JsonProperty("api_name") String apiName, @JsonProperty("label") String label,
                     @JsonProperty("name_field") String nameField, @JsonProperty("ownership") boolean ownership,
                     @JsonProperty("fields") List<FieldDef> fields) {
        this.apiName = apiName;
        this.label = label;
        this.nameField = nameField;
        this.ownership = ownership;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
        for (FieldDef f : this.fields) {
            byName.putIfAbsent(f.name(), f);
        }
        List<String> sys = new ArrayList<>(SystemFields.ALWAYS);
        if (ownership) {
            sys.add(SystemFields.OWNER);
        }
        this.systemFieldNames = Collections.unmodifiableList(sys);
        List<String> all = new ArrayList<>();
        this.fields.forEach(f -> all.add(f.name()));
        all.addAll(sys);
        this.allFieldNames = Collections.unmodifiableList(all);
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public String nameField() {
        return nameField;
    }

    public boolean ownership() {
        return ownership;
    }

    public List<FieldDef> fields() {
        return fields;
    }

    public Optional<FieldDef> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The field of that name, or null: for hot paths that cannot afford an Optional. */
    public FieldDef fieldOrNull(String name) {
        return byName.get(name);
    }

    public boolean hasField(String name) {
        return byName.containsKey(name) || systemFieldNames.contains(name);
    }

    /** System fields of this object, in store column order. */
    public List<String> systemFieldNames() {
        return systemFieldNames;
    }

    /** User fields then system fields: every name a record of this object may hold. */
    public List<String> allFieldNames() {
        return allFieldNames;
    }

    public String displayLabel() {
        return label == null || label.isBlank() ? apiName : label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectDef d && ownership == d.ownership && Objects.equals(apiName, d.apiName)
                && Objects.equals(label, d.label) && Objects.equals(nameField, d.nameField) && fields.equals(d.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiName, label, nameField, ownership, fields);
    }

    @Override
    public String toString() {
        return "ObjectDef[" + apiName + ", " + fields.size() + " fields]";
    }
}
