package dev.triggerstudio.ui.permissions;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.model.Grant;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Gospel's trigger permissions for the user the IDE acts as: the owner and admins may read and
 * edit; others only through a group granted read, edit or read_edit. With no acting user (a
 * project without users.json) everything is allowed. Edit access alone also lets a user open
 * the trigger, since nobody can edit what they cannot see.
 */
public record TriggerAccess(User user) {

    public static TriggerAccess everyone() {
        return new TriggerAccess(null);
    }

    public boolean canRead(TriggerDef trigger) {
        return privileged(trigger) || granted(trigger, a -> a.canRead() || a.canEdit());
    }

    public boolean canEdit(TriggerDef trigger) {
        return privileged(trigger) || granted(trigger, Access::canEdit);
    }

    /** Why the acting user may not edit, or empty when they may. */
    public Optional<String> whyNotEditable(TriggerDef trigger) {
        if (canEdit(trigger)) {
            return Optional.empty();
        }
        List<String> editors = trigger.permissions().stream().filter(g -> g.access().canEdit()).map(Grant::group)
                .toList();
        String groups = user.groups().isEmpty() ? "no group" : "groups " + String.join(", ", user.groups());
        String who = editors.isEmpty() ? "no group has edit access"
                : "edit access is granted to " + String.join(", ", editors) + " only";
        return Optional.of(displayName() + " (" + groups + ") may not edit " + trigger.id() + ": " + who
                + "; only its owner " + orNobody(trigger.owner()) + " and admins always may. Ask them for access"
                + " or act as another user in the status bar.");
    }

    private boolean privileged(TriggerDef trigger) {
        return user == null || user.admin() || user.id().equals(trigger.owner());
    }

    private boolean granted(TriggerDef trigger, Predicate<Access> allows) {
        return trigger.permissions().stream().anyMatch(g -> user.inGroup(g.group()) && allows.test(g.access()));
    }

    private String displayName() {
        return user.name() == null || user.name().isBlank() ? user.id() : user.name();
    }

    private static String orNobody(String owner) {
        return owner == null || owner.isBlank() ? "(none)" : owner;
    }
}
