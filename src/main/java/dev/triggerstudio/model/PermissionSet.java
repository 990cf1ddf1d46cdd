package dev.triggerstudio.model;

import java.util.Map;
import java.util.TreeMap;

public record PermissionSet(Map<String, ObjectPermission> objects) {
    public PermissionSet {
        objects = objects == null ? Map.of() : new TreeMap<>(objects);
    }
}
