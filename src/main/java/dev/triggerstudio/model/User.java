package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record User(String id, String name, List<String> groups, boolean admin, String permissionSet) {
    public User {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }
}
