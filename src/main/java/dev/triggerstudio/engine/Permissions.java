package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldAccess;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.ObjectPermission;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.User;
import dev.triggerstudio.model.Users;
import java.util.Map;
import java.util.Optional;

/**
 * Object, field and record access of docs/architecture.md#contracts: admins may do everything; others what their
 * permission set lists (absent object: nothing), field access defaulting to edit, and on objects
 * with ownership only their own records unless view_all / modify_all.
 */
final class Permissions {
    enum Verb { CREATE, READ, UPDATE, DELETE }

    private final Users users;

    Permissions(Users users) {
        this.users = users;
    }

    boolean may(User u, ObjectDef o, Verb verb) {
        if (u.admin()) {
            return true;
        }
        Optional<ObjectPermission> p = users.objectPermission(u, o.apiName());
        return p.map(perm -> switch (verb) {
            case CREATE -> perm.create();
            case READ -> perm.read();
            case UPDATE -> perm.update();
            case DELETE -> perm.delete();
        }).orElse(false);
    }

    FieldAccess field(User u, ObjectDef o, String field) {
        if (u.admin()) {
            return FieldAccess.EDIT;
        }
        return users.objectPermission(u, o.apiName()).map(p -> p.fieldAccess(field)).orElse(FieldAccess.NONE);
    }

    boolean canSee(User u, ObjectDef o, Map<String, Object> record) {
        if (!may(u, o, Verb.READ)) {
            return false;
        }
        return u.admin() || !o.ownership() || ownedBy(u, record)
                || users.objectPermission(u, o.apiName()).map(ObjectPermission::viewAll).orElse(false);
    }

    boolean canModify(User u, ObjectDef o, Map<String, Object> record) {
        return u.admin() || !o.ownership() || ownedBy(u, record)
                || users.objectPermission(u, o.apiName()).map(ObjectPermission::modifyAll).orElse(false);
    }

    boolean seesAll(User u, ObjectDef o) {
        return u.admin() || !o.ownership()
                || users.objectPermission(u, o.apiName()).map(ObjectPermission::viewAll).orElse(false);
    }

    private static boolean ownedBy(User u, Map<String, Object> record) {
        return u.id().equals(record.get(SystemFields.OWNER));
    }

    /** The record without the fields the user may not read. */
    Map<String, Object> redact(User u, ObjectDef o, Map<String, Object> record) {
        if (u.admin()) {
            return record;
        }
        record.keySet().removeIf(f -> !SystemFields.ID.equals(f) && field(u, o, f) == FieldAccess.NONE);
        return record;
    }
}
