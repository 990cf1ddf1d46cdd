package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;

/** What a permission set allows on one object; field access defaults to edit. */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record ObjectPermission(boolean create, boolean read, boolean update, boolean delete,
                               boolean viewAll, boolean modifyAll, Map<String, FieldAccess> fields) {
    public ObjectPermission {
        fields = fields == null ? Map.of() : new TreeMap<>(fields);
    }

    public FieldAccess fieldAccess(String field) {
        return fields.getOrDefault(field, FieldAccess.EDIT);
    }
}
