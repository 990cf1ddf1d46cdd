package dev.triggerstudio.ui.permissions;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.model.Grant;
import dev.triggerstudio.ui.common.CommandHistory;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Allow a group of users to read / edit / read and edit this definition": the grants of one
 * trigger, its owner, and — when the acting user may not edit — why every change is refused.
 */
public final class PermissionsViewModel {
    private final List<String> knownGroups;
    private final CommandHistory history;
    private final ObservableList<GrantRow> rows = FXCollections.observableArrayList(r -> new Observable[] {
        r.accessProperty()});
    private final StringProperty owner = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final IntegerProperty revision = new SimpleIntegerProperty();

    public PermissionsViewModel(List<String> knownGroups, String owner, List<Grant> grants, CommandHistory history) {
        this.knownGroups = List.copyOf(knownGroups);
        this.history = history;
        this.owner.set(owner);
        grants.forEach(g -> rows.add(new GrantRow(g.group(), g.access())));
        rows.addListener((Observable o) -> revision.set(revision.get() + 1));
    }

    /** Locks the panel with the reason, or unlocks it when {@code reason} is empty. */
    public void refuseEdits(Optional<String> reason) {
        editable.set(reason.isEmpty());
        refusal.set(reason.orElse(""));
    }

    /** Adds a grant; a group already listed or not in users.json is refused with a message. */
    public boolean grant(String group, Access access) {
        if (!allowed()) {
            return false;
        }
        if (group == null || group.isBlank() || access == null) {
            message.set("Choose a group and an access level first");
            return false;
        }
        if (rows.stream().anyMatch(r -> r.group().equals(group))) {
            message.set(group + " already has access; change its level in the list instead");
            return false;
        }
        if (!knownGroups.isEmpty() && !knownGroups.contains(group)) {
            message.set(group + " is not a group of users.json (" + String.join(", ", knownGroups) + ")");
            return false;
        }
        message.set("");
        history.execute(new PermissionCommands.GrantGroupAccess(rows, new GrantRow(group, access)));
        return true;
    }

    public boolean revoke(GrantRow row) {
        int index = rows.indexOf(row);
        if (!allowed() || index < 0) {
            return false;
        }
        history.execute(new PermissionCommands.RevokeGroupAccess(rows, index, row));
        return true;
    }

    public boolean changeAccess(GrantRow row, Access access) {
        if (!allowed() || access == null || access == row.access()) {
            return false;
        }
        history.execute(new PermissionCommands.ChangeGroupAccess(row, row.access(), access));
        return true;
    }

    private boolean allowed() {
        if (!editable.get()) {
            message.set(refusal.get());
        }
        return editable.get();
    }

    /** Groups that could still be granted access. */
    public List<String> groupsWithoutAccess() {
        return knownGroups.stream().filter(g -> rows.stream().noneMatch(r -> r.group().equals(g))).toList();
    }

    public List<Grant> toGrants() {
        return rows.stream().map(GrantRow::toGrant).toList();
    }

    public ObservableList<GrantRow> rows() {
        return rows;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    public CommandHistory history() {
        return history;
    }
}
