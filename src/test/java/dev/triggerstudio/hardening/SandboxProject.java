package dev.triggerstudio.hardening;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small project for one escape attempt: bob (not an admin) creates a note, and a Before trigger
 * acting as bob runs the attempt when the note's body is "attack". A second trigger of the same
 * language sets the title when the body is "normal", to prove the runtime still works afterwards.
 * Secrets: alice's record sec-1 (bob may not see it) and the field code (bob may not read it).
 */
final class SandboxProject {
    static final String[] SECRETS = {"TOPSECRET-A", "BOBCODE-B"};
    static final int BULK = 3_000;

    private SandboxProject() {
    }

    static Path write(Path root, String language, String attempt, String normal) {
        Map<String, String> files = new LinkedHashMap<>();
        // GraalPy imports modules slowly on a busy machine: its limit is higher so that a timeout means a loop.
        files.put("project.json", """
                {"name": "sandbox", "format": 1, "default_user": "bob",
                 "limits": {"trigger_timeout_ms": %d, "stanza_fuel": 10000}}
                """.formatted(language.equals("python") ? 6000 : 1500));
        files.put("users.json", """
                {"groups": ["staff"], "users": [
                  {"id": "alice", "name": "Alice", "groups": ["staff"], "admin": true},
                  {"id": "bob", "name": "Bob", "groups": ["staff"], "permission_set": "writer"}],
                 "permission_sets": {"writer": {"objects": {
                   "note": {"create": true, "read": true, "update": true, "delete": false, "view_all": false, "modify_all": false},
                   "bulk": {"create": false, "read": true, "update": false, "delete": false, "view_all": true, "modify_all": false},
                   "secret": {"create": false, "read": true, "update": false, "delete": false, "view_all": false,
                              "modify_all": false, "fields": {"code": "none"}}}}}}
                """);
        files.put("objects/note.json", """
                {"api_name": "note", "label": "Note", "name_field": "title", "ownership": true, "fields": [
                  {"name": "title", "type": "text"}, {"name": "body", "type": "textarea"}]}
                """);
        files.put("objects/secret.json", """
                {"api_name": "secret", "label": "Secret", "name_field": "label", "ownership": true, "fields": [
                  {"name": "label", "type": "text"}, {"name": "code", "type": "text"}]}
                """);
        files.put("objects/bulk.json", """
                {"api_name": "bulk", "label": "Bulk", "fields": [{"name": "n", "type": "integer"}]}
                """);
        files.put("data/secret.json", """
                [{"id": "sec-1", "label": "theirs", "code": "TOPSECRET-A", "owner": "alice"},
                 {"id": "sec-2", "label": "mine", "code": "BOBCODE-B", "owner": "bob"}]
                """);
        files.put("data/bulk.json", bulk());
        String ext = switch (language) {
            case "python" -> "py";
            default -> language;
        };
        trigger(files, "attempt", language, ext, "attack", attempt);
        trigger(files, "normal", language, ext, "normal", normal);
        files.put("batches/attack.json", batch("attack"));
        files.put("batches/normal.json", batch("normal"));
        return Files2.write(root, files);
    }

    private static void trigger(Map<String, String> files, String id, String language, String ext, String body, String script) {
        files.put("triggers/" + id + ".json", """
                {"id": "%s", "object": "note", "language": "%s", "timing": "before", "events": ["create"],
                 "order": 10, "active": true, "owner": "alice", "actor": "current_user",
                 "run_when": {"match": "all", "conditions": [{"field": "body", "predicate": "equals", "value": "%s"}]}}
                """.formatted(id, language, body));
        files.put("triggers/" + id + "." + ext, script);
    }

    private static String batch(String body) {
        return "{\"user\": \"bob\", \"operations\": [{\"op\": \"create\", \"object\": \"note\", \"records\": [{\"body\": \""
                + body + "\"}]}]}\n";
    }

    private static String bulk() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < BULK; i++) {
            sb.append(i == 0 ? "" : ",\n").append("{\"id\": \"b").append(i).append("\", \"n\": ").append(i + 1).append('}');
        }
        return sb.append("]\n").toString();
    }
}
