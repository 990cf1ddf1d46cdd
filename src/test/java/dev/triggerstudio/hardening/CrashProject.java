package dev.triggerstudio.hardening;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project whose batch is many small operations, each leaving records tagged with its index:
 * operation i creates {@link #PARTS} entries, and a Lua After trigger inserts one mark per entry
 * through a nested operation, so every operation writes to two tables in one transaction.
 */
final class CrashProject {
    static final int PARTS = 3;

    private CrashProject() {
    }

    static Path write(Path root, int operations) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("project.json", "{\"name\": \"crash\", \"format\": 1, \"default_user\": \"alice\"}\n");
        files.put("users.json", "{\"groups\": [], \"users\": [{\"id\": \"alice\", \"name\": \"Alice\", \"admin\": true}]}\n");
        files.put("objects/entry.json", """
                {"api_name": "entry", "label": "Entry", "fields": [
                  {"name": "op", "type": "integer", "required": true},
                  {"name": "part", "type": "integer"},
                  {"name": "note", "type": "text"}]}
                """);
        files.put("objects/mark.json", """
                {"api_name": "mark", "label": "Mark", "fields": [
                  {"name": "op", "type": "integer"},
                  {"name": "part", "type": "integer"}]}
                """);
        files.put("triggers/entry_mark.json", """
                {"id": "entry_mark", "object": "entry", "language": "lua", "timing": "after",
                 "events": ["create"], "order": 10, "active": true, "owner": "alice"}
                """);
        files.put("triggers/entry_mark.lua", """
                local gospel = require("gospellua")
                gospel.insert("mark", {op = record.op, part = record.part})
                """);
        files.put("batches/long.json", batch(operations));
        return Files2.write(root, files);
    }

    private static String batch(int operations) {
        StringBuilder sb = new StringBuilder("{\"user\": \"alice\", \"operations\": [\n");
        for (int i = 0; i < operations; i++) {
            sb.append("{\"op\": \"create\", \"object\": \"entry\", \"records\": [");
            for (int p = 0; p < PARTS; p++) {
                sb.append(p == 0 ? "" : ", ").append("{\"op\": ").append(i).append(", \"part\": ").append(p)
                        .append(", \"note\": \"entry ").append(i).append('/').append(p).append("\"}");
            }
            sb.append("]}").append(i + 1 < operations ? ",\n" : "\n");
        }
        return sb.append("]}\n").toString();
    }
}
