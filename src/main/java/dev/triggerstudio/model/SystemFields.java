package dev.triggerstudio.model;

import java.util.List;
import java.util.Set;

/** Fields every object has; users cannot write them. */
public final class SystemFields {
    public static final String ID = "id";
    public static final String CREATED_DATE = "created_date";
    public static final String CREATED_BY = "created_by";
    public static final String MODIFIED_DATE = "modified_date";
    public static final String MODIFIED_BY = "modified_by";
    public static final String OWNER = "owner";

    public static final List<String> ALWAYS = List.of(ID, CREATED_DATE, CREATED_BY, MODIFIED_DATE, MODIFIED_BY);
    public static final Set<String> ALL = Set.of(ID, CREATED_DATE, CREATED_BY, MODIFIED_DATE, MODIFIED_BY, OWNER);

    private SystemFields() {
    }

    public static boolean isSystem(String field) {
        return ALL.contains(field);
    }
}
