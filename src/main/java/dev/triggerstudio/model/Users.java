package dev.triggerstudio.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code users.json}: groups, users and permission sets. */
public record Users(List<String> groups, List<User> users, Map<String, PermissionSet> permissionSets) {
    public static final Users EMPTY = new Users(List.of(), List.of(), Map.of());

    public Users {
        groups = groups == null ? List.of() : List.copyOf(groups);
        users = users == null ? List.of() : List.copyOf(users);
        permissionSets = permissionSets == null ? Map.of() : new TreeMap<>(permissionSets);
    }

    public Optional<User> user(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The object permission of a non-admin user, or empty when the object is not listed (no access). */
    public Optional<ObjectPermission> objectPermission(User user, String object) {
        if (user.permissionSet() == null) {
            return Optional.empty();
        }
        PermissionSet set = permissionSets.get(user.permissionSet());
        return set == null ? Optional.empty() : Optional.ofNullable(set.objects().get(object));
    }
}
