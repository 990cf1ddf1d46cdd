package dev.triggerstudio.ui.permissions;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.model.Grant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One row of the permissions panel: a group and what its members may do with the trigger. */
public final class GrantRow {
    private final String group;
    private final ObjectProperty<Access> access = new SimpleObjectProperty<>();

    public GrantRow(String group, Access access) {
        this.group = group;
        this.access.set(access);
    }

    public String group() {
        return group;
    }

    public Access access() {
        return access.get();
    }

    public ObjectProperty<Access> accessProperty() {
        return access;
    }

    public Grant toGrant() {
        return new Grant(group, access.get());
    }

    /** "read this definition", as Gospel's panel says it. */
    public static String phrase(Access access) {
        return switch (access) {
            case READ -> "read this definition";
            case EDIT -> "edit this definition";
            case READ_EDIT -> "read and edit this definition";
        };
    }
}
