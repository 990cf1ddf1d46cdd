package dev.triggerstudio.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a batch before it runs: users, objects, fields, and that every {@code $ref} names a
 * record created earlier in the batch. What it finds is bad input (exit 2), not a rejection.
 */
public final class BatchValidator {
    static final JsonFiles.Shape BATCH_SHAPE =
            JsonFiles.Shape.object("a batch is one JSON object: {\"user\": \"...\", \"operations\": [...]}");
    private final Project project;
    private final LocatedJson json;
    private final String base;

    public BatchValidator(Project project, LocatedJson json, String base) {
        this.project = project;
        this.json = json;
        this.base = base;
    }

    /**
     * Validates a batch read from a file outside the project. A valid batch is bound straight from
     * the text (no tree: less memory for a large one); anything else goes the tree's way, which
     * gives every problem its message and position.
     */
    public static Batch readAndValidate(Project project, String displayPath, String text) {
        Batch direct = LocatedJson.bindDirectly(text, Batch.class);
        if (direct != null
                && new BatchValidator(project, LocatedJson.withoutTree(displayPath, text), "").validate(direct).isEmpty()) {
            return direct;
        }
        LocatedJson json = LocatedJson.parse(displayPath, text);
        Diagnostic wrongShape = JsonFiles.shapeProblem(json, BATCH_SHAPE);
        if (wrongShape != null) {
            throw new ProjectException(wrongShape);
        }
        Batch batch = json.bind(Batch.class);
        List<Diagnostic> errors = new BatchValidator(project, json, "").validate(batch);
        if (!errors.isEmpty()) {
            throw new ProjectException(errors);
        }
        return batch;
    }

    public List<Diagnostic> validate(Batch batch) {
        List<Diagnostic> out = new ArrayList<>();
        user(out, "/user", batch.user());
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < batch.operations().size(); i++) {
            operation(out, base + "/operations/" + i, batch.operations().get(i), refs);
        }
        return out;
    }

    private void user(List<Diagnostic> out, String at, String user) {
        if (user != null && !project.usersBroken() && project.user(user).isEmpty()) {
            out.add(json.error(base + at, "unknown user \"" + user + "\" (expected one of "
                    + String.join(", ", project.users().users().stream().map(User::id).toList()) + ")"));
        }
    }

    private void operation(List<Diagnostic> out, String at, Operation op, Set<String> refs) {
        if (op.op() == null) {
            out.add(json.error(at, "operation needs \"op\": create, update, delete, read or list"));
            return;
        }
        user(out, at.substring(base.length()) + "/user", op.user());
        ObjectDef o = op.object() == null ? null : project.objects().get(op.object());
        if (o == null && project.isBrokenObject(op.object())) {
            refs.addAll(createdRefs(op)); // its own file reports the object; later $refs to these records stay valid
            return;
        }
        if (o == null) {
            refs.addAll(createdRefs(op));
            out.add(json.error(at + "/object", "unknown object \"" + op.object() + "\" (expected one of "
                    + String.join(", ", project.objects().keySet()) + ")"));
            return;
        }
        switch (op.op()) {
            case CREATE, UPDATE -> records(out, at, op, o, refs);
            case DELETE, READ -> ids(out, at, op, refs);
            case LIST -> {
                if (op.where() != null) {
                    for (int i = 0; i < op.where().conditions().size(); i++) {
                        String f = op.where().conditions().get(i).field();
                        if (!o.hasField(f)) {
                            out.add(json.error(at + "/where/conditions/" + i + "/field", "unknown field \"" + f + "\" on " + o.apiName()));
                        }
                    }
                }
            }
        }
    }

    private static List<String> createdRefs(Operation op) {
        if (op.op() != Operation.Kind.CREATE || op.records() == null) {
            return List.of();
        }
        return op.records().stream().filter(r -> r != null && r.get("ref") != null).map(r -> String.valueOf(r.get("ref"))).toList();
    }

    private void records(List<Diagnostic> out, String at, Operation op, ObjectDef o, Set<String> refs) {
        if (op.records() == null || op.records().isEmpty()) {
            out.add(json.error(at, op.op().jsonName() + " needs \"records\""));
            return;
        }
        List<String> newRefs = new ArrayList<>();
        for (int i = 0; i < op.records().size(); i++) {
            Map<String, Object> r = op.records().get(i);
            String ra = at + "/records/" + i;
            if (r == null) {
                out.add(json.error(ra, "a record is null; write an object of field values or remove it"));
                continue;
            }
            for (Map.Entry<String, Object> e : r.entrySet()) {
                String key = e.getKey();
                if (key.equals("ref") && op.op() == Operation.Kind.CREATE) {
                    newRefs.add(String.valueOf(e.getValue()));
                } else if (!o.hasField(key)) {
                    out.add(json.error(ra + "/" + key, "unknown field \"" + key + "\" on " + o.apiName()
                            + " (expected one of " + String.join(", ", o.allFieldNames()) + ")"));
                }
                refsIn(out, ra + "/" + key, e.getValue(), refs);
            }
            if (op.op() == Operation.Kind.UPDATE && r.get(SystemFields.ID) == null) {
                out.add(json.error(ra, "each update record needs an \"id\" (or \"$ref\")"));
            }
        }
        refs.addAll(newRefs);
    }

    private void ids(List<Diagnostic> out, String at, Operation op, Set<String> refs) {
        if (op.ids() == null || op.ids().isEmpty()) {
            out.add(json.error(at, op.op().jsonName() + " needs \"ids\""));
            return;
        }
        for (int i = 0; i < op.ids().size(); i++) {
            if (op.ids().get(i) == null) {
                out.add(json.error(at + "/ids/" + i, "an id is null; write the record's id or a \"$ref\""));
            }
            refsIn(out, at + "/ids/" + i, op.ids().get(i), refs);
        }
    }

    private void refsIn(List<Diagnostic> out, String at, Object value, Set<String> refs) {
        if (value instanceof String s && s.startsWith("$") && !refs.contains(s.substring(1))) {
            out.add(json.error(at, "unknown reference \"" + s + "\"; no earlier create in this batch has \"ref\": \""
                    + s.substring(1) + "\""));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> refsIn(out, at + "/" + k, v, refs));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                refsIn(out, at + "/" + i, l.get(i), refs);
            }
        }
    }
}
