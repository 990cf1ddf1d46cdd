package dev.triggerstudio.hardening;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generated project: many objects, five cheap triggers each (three Lua, two Stanza, Before
 * create and update), and one batch of many records on the first object. The Lua triggers each
 * add 1 to {@code n} and the Stanza ones set {@code amount = n * 2}, so every saved record must
 * end with n = 3 and amount = 6.
 */
final class LargeProject {
    static final int TRIGGERS_PER_OBJECT = 5;

    private LargeProject() {
    }

    static Path write(Path root, int objects, int operations, int recordsPerOperation) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("project.json", "{\"name\": \"large\", \"format\": 1, \"default_user\": \"alice\", \"limits\": {\"chunk_size\": 200}}\n");
        files.put("users.json", "{\"groups\": [], \"users\": [{\"id\": \"alice\", \"name\": \"Alice\", \"admin\": true}]}\n");
        for (int o = 0; o < objects; o++) {
            String name = object(o);
            files.put("objects/" + name + ".json", objectJson(name, o));
            for (int t = 0; t < TRIGGERS_PER_OBJECT; t++) {
                boolean lua = t < 3;
                String id = name + "_t" + t;
                files.put("triggers/" + id + ".json", """
                        {"id": "%s", "object": "%s", "language": "%s", "timing": "before", "events": ["create", "update"],
                         "order": %d, "active": true, "owner": "alice"}
                        """.formatted(id, name, lua ? "lua" : "stanza", 10 * (t + 1)));
                files.put("triggers/" + id + (lua ? ".lua" : ".stanza"),
                        lua ? "record.n = (record.n or 0) + 1\n" : "set record.amount = record.n * 2\n");
            }
        }
        files.put("batches/big.json", batch(operations, recordsPerOperation));
        return Files2.write(root, files);
    }

    static String object(int i) {
        return "obj%03d".formatted(i);
    }

    private static String objectJson(String name, int i) {
        String lookup = i == 0 ? "" : ", {\"name\": \"parent\", \"type\": \"lookup\", \"to\": \"" + object(i - 1) + "\"}";
        return """
                {"api_name": "%s", "label": "Object %d", "name_field": "name", "fields": [
                  {"name": "name", "type": "text", "max_length": 80},
                  {"name": "n", "type": "integer"},
                  {"name": "amount", "type": "number"},
                  {"name": "status", "type": "picklist", "values": ["New", "Done"], "default": "New"}%s]}
                """.formatted(name, i, lookup);
    }

    private static String batch(int operations, int perOperation) {
        StringBuilder sb = new StringBuilder("{\"user\": \"alice\", \"operations\": [\n");
        for (int op = 0; op < operations; op++) {
            sb.append("{\"op\": \"create\", \"object\": \"obj000\", \"records\": [");
            for (int r = 0; r < perOperation; r++) {
                sb.append(r == 0 ? "" : ",").append("{\"name\": \"r").append(op * perOperation + r).append("\"}");
            }
            sb.append("]}").append(op + 1 < operations ? ",\n" : "\n");
        }
        return sb.append("]}\n").toString();
    }
}
