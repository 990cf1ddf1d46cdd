package dev.triggerstudio.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what the files of a project say about each other: objects, fields, users, groups. */
final class ProjectValidator {
    private final Project project;
    private final Map<String, LocatedJson> files;
    private final List<Diagnostic> out = new ArrayList<>();

    ProjectValidator(Project project, Map<String, LocatedJson> files) {
        this.project = project;
        this.files = files;
    }

    List<Diagnostic> validate() {
        settings();
        project.objects().forEach(this::object);
        project.triggers().forEach(this::trigger);
        project.automations().forEach(this::automation);
        users();
        project.data().forEach(this::data);
        return out;
    }

    private void settings() {
        LocatedJson f = files.get("project.json");
        ProjectSettings s = project.settings();
        if (s.name() == null || s.name().isBlank()) {
            out.add(f.error("", "project.json needs a \"name\""));
        }
        if (s.format() == null || s.format() != ProjectSettings.FORMAT) {
            out.add(f.error("/format", "unsupported format " + s.format() + "; this version reads \"format\": 1"));
        }
        if (s.defaultUser() != null && unknownUser(s.defaultUser())) {
            out.add(f.error("/default_user", "unknown user \"" + s.defaultUser() + "\"; add it to users.json"));
        }
        if (s.limits() != null) {
            for (Limits.Range r : Limits.RANGES) {
                long v = s.limits().value(r.name());
                if (!r.contains(v)) {
                    out.add(f.error("/limits/" + r.name(), r.name() + " is " + v + "; it must be from " + r.min() + " to "
                            + r.max() + " " + r.unit() + " (docs/format.md)"));
                }
            }
        }
                if (s.clock() != null) {
            try {
                java.time.Instant.parse(s.clock());
            } catch (java.time.format.DateTimeParseException e) {
                out.add(f.error("/clock", "clock must be an ISO-8601 instant such as 2026-01-01T00:00:00Z"));
            }
        }
    }

    private void object(String fileStem, ObjectDef o) {
        LocatedJson f = files.get("objects/" + fileStem + ".json");
        if (!fileStem.equals(o.apiName())) {
            out.add(f.error("/api_name", "api_name \"" + o.apiName() + "\" must match the file name \"" + fileStem + "\""));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < o.fields().size(); i++) {
            field(f, "/fields/" + i, o.fields().get(i), seen);
        }
        if (o.nameField() != null && o.field(o.nameField()).isEmpty()) {
            out.add(f.error("/name_field", "name_field \"" + o.nameField() + "\" is not a field of " + o.apiName()));
        }
    }

    private void field(LocatedJson f, String at, FieldDef fd, Set<String> seen) {
        if (fd.name() == null || !fd.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            out.add(f.error(at + "/name", "field name must be letters, digits and _ (not starting with a digit)"));
            return;
        }
        if (fd.type() == null) {
            out.add(f.error(at, "field \"" + fd.name() + "\" needs a \"type\""));
            return;
        }
        if (!seen.add(fd.name())) {
            out.add(f.error(at + "/name", "field \"" + fd.name() + "\" is defined twice"));
        }
        if (SystemFields.isSystem(fd.name())) {
            out.add(f.error(at + "/name", "\"" + fd.name() + "\" is a system field; choose another name"));
        }
        if (fd.type() == FieldType.PICKLIST && (fd.values() == null || fd.values().isEmpty())) {
            out.add(f.error(at, "picklist \"" + fd.name() + "\" needs \"values\""));
        }
        if (fd.type() == FieldType.LOOKUP && (fd.to() == null
                || !project.objects().containsKey(fd.to()) && !project.isBrokenObject(fd.to()))) {
            out.add(f.error(at + "/to", "lookup \"" + fd.name() + "\" needs \"to\" naming an object of the project"));
        }
        if (fd.type() == FieldType.PICKLIST && fd.defaultValue() != null && fd.values() != null
                && !fd.values().contains(String.valueOf(fd.defaultValue()))) {
            out.add(f.error(at + "/default", "default \"" + fd.defaultValue() + "\" is not one of the picklist values"));
        }
        if (fd.maxLength() != null && fd.maxLength() <= 0) {
            out.add(f.error(at + "/max_length", "max_length must be positive"));
        }
    }

    private void trigger(String fileStem, TriggerDef t) {
        LocatedJson f = files.get("triggers/" + fileStem + ".json");
        if (!fileStem.equals(t.id())) {
            out.add(f.error("/id", "id \"" + t.id() + "\" must match the file name \"" + fileStem + "\""));
        }
        if (t.language() == null) {
            out.add(f.error("", "trigger needs a \"language\" (python, lua or stanza)"));
        }
        if (t.timing() == null) {
            out.add(f.error("", "trigger needs a \"timing\" (before, after, async or never)"));
        }
        ObjectDef o = objectRef(f, "/object", t.object());
        if (t.events().isEmpty()) {
            out.add(f.error("/events", "trigger needs at least one event (create, update, delete, read or write)"));
        }
        if (t.events().contains(Event.READ) && t.timing() != null && t.timing() != Timing.BEFORE) {
            out.add(f.error("/events", "\"read\" triggers must run before; set \"timing\": \"before\""));
        }
        if (t.actor() != null && !t.actor().equals(TriggerDef.ACTOR_OWNER) && !t.actor().equals(TriggerDef.ACTOR_CURRENT_USER)) {
            out.add(f.error("/actor", "actor must be \"owner\" or \"current_user\""));
        }
        if (t.owner() != null && unknownUser(t.owner())) {
            out.add(f.error("/owner", "unknown user \"" + t.owner() + "\"; add it to users.json"));
        }
        for (int i = 0; i < t.permissions().size(); i++) {
            Grant g = t.permissions().get(i);
            if (g.access() == null) {
                out.add(f.error("/permissions/" + i, "permission needs \"access\": read, edit or read_edit"));
            }
            if (g.group() == null || (!project.usersBroken() && !project.users().groups().contains(g.group()))) {
                out.add(f.error("/permissions/" + i + "/group", "unknown group \"" + g.group() + "\"; add it to users.json groups"));
            }
        }
        runWhen(f, "/run_when", o, t.runWhen());
    }

    private void automation(String fileStem, AutomationDef a) {
        LocatedJson f = files.get("automations/" + fileStem + ".json");
        if (!fileStem.equals(a.id())) {
            out.add(f.error("/id", "id \"" + a.id() + "\" must match the file name \"" + fileStem + "\""));
        }
        if (a.timing() == null) {
            out.add(f.error("", "automation needs a \"timing\" (before, after or async)"));
        }
        ObjectDef o = objectRef(f, "/object", a.object());
        if (a.events().isEmpty()) {
            out.add(f.error("/events", "automation needs at least one event (create, update or delete)"));
        }
        runWhen(f, "/run_when", o, a.runWhen());
        for (int i = 0; i < a.actions().size(); i++) {
            action(f, "/actions/" + i, o, a.timing(), a.actions().get(i));
        }
    }

    private void action(LocatedJson f, String at, ObjectDef o, Timing timing, Action act) {
        if (act.type() == null) {
            out.add(f.error(at, "action needs a \"type\": set_field, validation_error, create_record or notify"));
            return;
        }
        if (timing != null && timing != Timing.NEVER && act.type().isForBefore() != (timing == Timing.BEFORE)) {
            out.add(f.error(at + "/type", act.type().jsonName() + " cannot run " + timing.jsonName()
                    + (act.type().isForBefore() ? "; it is for before automations" : "; it is for after and async automations")));
        }
        switch (act.type()) {
            case SET_FIELD -> {
                if (o != null && (act.field() == null || o.field(act.field()).isEmpty())) {
                    out.add(f.error(at + "/field", "set_field needs \"field\" naming a field of " + o.apiName()));
                }
            }
            case VALIDATION_ERROR -> {
                if (act.message() == null || act.message().isBlank()) {
                    out.add(f.error(at, "validation_error needs a \"message\""));
                }
            }
            case CREATE_RECORD -> {
                ObjectDef target = objectRef(f, at + "/object", act.object());
                if (target != null && act.values() != null) {
                    act.values().keySet().stream().filter(k -> target.field(k).isEmpty()).forEach(k ->
                            out.add(f.error(at + "/values/" + k, "unknown field \"" + k + "\" on " + target.apiName())));
                }
            }
            case NOTIFY -> {
                if (act.title() == null || act.title().isBlank()) {
                    out.add(f.error(at, "notify needs a \"title\""));
                }
            }
        }
    }

    private void runWhen(LocatedJson f, String at, ObjectDef o, RunWhen rw) {
        for (int i = 0; i < rw.conditions().size(); i++) {
            Condition c = rw.conditions().get(i);
            String ca = at + "/conditions/" + i;
            if (c.predicate() == null) {
                out.add(f.error(ca, "condition needs a \"predicate\""));
            }
            if (o != null && (c.field() == null || !o.hasField(c.field()))) {
                out.add(f.error(ca + "/field", "unknown field \"" + c.field() + "\" on " + o.apiName()
                        + " (expected one of " + String.join(", ", o.allFieldNames()) + ")"));
            }
            if (c.predicate() != null && c.predicate().takesList() && !(c.value() instanceof List)) {
                out.add(f.error(ca + "/value", c.predicate().jsonName() + " needs a list value such as [\"a\", \"b\"]"));
            }
            if (o != null && c.field() != null && o.hasField(c.field())) {
                typedValue(f, ca + "/value", o, c);
            }
        }
    }

    /** A value the builder would refuse (a datetime "xyz123") is an error here too, at the value. */
    private void typedValue(LocatedJson f, String at, ObjectDef o, Condition c) {
        if (!RunWhenValues.typed(c.predicate())) {
            return;
        }
        String label = "Run When field " + c.field();
        FieldType type = RunWhenValues.typeOf(o, c.field());
        List<String> picklist = RunWhenValues.picklistOf(o, c.field());
        if (c.value() instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                String itemAt = at + "/" + i;
                RunWhenValues.problem(label, type, picklist, items.get(i)).ifPresent(m -> out.add(f.error(itemAt, m)));
            }
        } else {
            RunWhenValues.problem(label, type, picklist, c.value()).ifPresent(m -> out.add(f.error(at, m)));
        }
    }

    private ObjectDef objectRef(LocatedJson f, String at, String apiName) {
        ObjectDef o = apiName == null ? null : project.objects().get(apiName);
        if (o == null && !project.isBrokenObject(apiName)) {
            out.add(f.error(at, "unknown object \"" + apiName + "\" (expected one of "
                    + String.join(", ", project.objects().keySet()) + ")"));
        }
        return o;
    }

    private boolean unknownUser(String id) {
        return !project.usersBroken() && project.user(id).isEmpty();
    }

    private void users() {
        LocatedJson f = files.get("users.json");
        if (f == null) {
            return;
        }
        Users u = project.users();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < u.users().size(); i++) {
            User user = u.users().get(i);
            if (user.id() == null || !ids.add(user.id())) {
                out.add(f.error("/users/" + i + "/id", "each user needs a unique \"id\""));
            }
            if (user.permissionSet() != null && !u.permissionSets().containsKey(user.permissionSet())) {
                out.add(f.error("/users/" + i + "/permission_set", "unknown permission set \"" + user.permissionSet() + "\""));
            }
            for (int g = 0; g < user.groups().size(); g++) {
                if (!u.groups().contains(user.groups().get(g))) {
                    out.add(f.error("/users/" + i + "/groups/" + g, "unknown group \"" + user.groups().get(g)
                            + "\"; list it in \"groups\""));
                }
            }
        }
        u.permissionSets().forEach((name, set) -> {
            if (set == null) {
                out.add(f.error("/permission_sets/" + name, "permission set \"" + name + "\" is null; write {\"objects\": {...}}"));
                return;
            }
            set.objects().forEach((obj, perm) -> permission(f, name, obj, perm));
        });
    }

    private void permission(LocatedJson f, String name, String obj, ObjectPermission perm) {
        String at = "/permission_sets/" + name + "/objects/" + obj;
        ObjectDef o = project.objects().get(obj);
        if (o == null && project.isBrokenObject(obj)) {
            return;
        }
        if (o == null) {
            out.add(f.error(at, "unknown object \"" + obj + "\" in permission set \"" + name + "\""));
            return;
        }
        if (perm == null) {
            out.add(f.error(at, "the permissions on " + obj + " are null; write an object such as {\"read\": true}"));
            return;
        }
        perm.fields().forEach((field, access) -> {
            if (!o.hasField(field)) {
                out.add(f.error(at + "/fields/" + field, "unknown field \"" + field + "\" on " + obj));
            }
        });
    }

    private void data(String objectName, List<Map<String, Object>> rows) {
        LocatedJson f = files.get("data/" + objectName + ".json");
        ObjectDef o = project.objects().get(objectName);
        if (o == null && project.isBrokenObject(objectName)) {
            return;
        }
        if (o == null) {
            out.add(f.error("", "data for unknown object \"" + objectName + "\"; name the file after an object"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                out.add(f.error("/" + i, "a seed record is null; write a JSON object with an \"id\" or remove it"));
                continue;
            }
            Object id = rows.get(i).get(SystemFields.ID);
            if (!(id instanceof String s) || s.isBlank() || !ids.add(s)) {
                out.add(f.error("/" + i, "each seed record needs a unique string \"id\""));
            }
            for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
                String at = "/" + i + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (!o.hasField(e.getKey())) {
                    out.add(f.error(at, "unknown field \"" + e.getKey() + "\" on " + objectName));
                } else {
                    SeedValues.problem(o, e.getKey(), e.getValue()).ifPresent(p -> out.add(f.error(at, p)));
                }
            }
        }
    }
}
