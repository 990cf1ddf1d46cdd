package dev.triggerstudio.ui.permissions;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.ui.common.Command;
import java.util.List;

/** The permissions panel's edits, each undoable. */
final class PermissionCommands {
    private PermissionCommands() {
    }

    record GrantGroupAccess(List<GrantRow> rows, GrantRow row) implements Command {
        public void execute() {
            rows.add(row);
        }

        public void undo() {
            rows.remove(row);
        }

        public String description() {
            return "Grant " + row.group() + " " + row.access().jsonName();
        }
    }

    record RevokeGroupAccess(List<GrantRow> rows, int index, GrantRow row) implements Command {
        public void execute() {
            rows.remove(index);
        }

        public void undo() {
            rows.add(index, row);
        }

        public String description() {
            return "Revoke " + row.group();
        }
    }

    record ChangeGroupAccess(GrantRow row, Access oldAccess, Access newAccess) implements Command {
        public void execute() {
            row.accessProperty().set(newAccess);
        }

        public void undo() {
            row.accessProperty().set(oldAccess);
        }

        public String description() {
            return "Change " + row.group() + " to " + newAccess.jsonName();
        }
    }
}
