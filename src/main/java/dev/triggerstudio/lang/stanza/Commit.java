package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.SystemFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code commit record <action>}: writes the current record through a nested operation of the host.
 * System fields are the platform's to set, so they are left out (update keeps the id), and lookups
 * travel as their ids, which is what an operation accepts.
 */
final class Commit {

    private final ScriptHost host;
    private final String object;
    private final Token action;

    Commit(ScriptHost host, String object, Token action) {
        this.host = host;
        this.object = object;
        this.action = action;
    }

    void write(Map<String, Object> record) {
        if (object == null) {
            throw new StanzaError(action, "'commit record' needs the trigger's record definition; "
                    + "this script has no trigger.");
        }
        String id = Values.idOf(record.get(SystemFields.ID));
        switch (action.lexeme()) {
            case "insert" -> host.create(object, List.of(values(record, false)));
            case "update" -> host.update(object, List.of(values(record, true, requireId(id))));
            case "delete" -> host.delete(object, List.of(requireId(id)));
            default -> writeOrInsert(record, id);
        }
    }

    private void writeOrInsert(Map<String, Object> record, String id) {
        if (id != null && host.existsRecord(object, id)) {
            host.update(object, List.of(values(record, true, id)));
        } else {
            host.create(object, List.of(values(record, false)));
        }
    }

    private String requireId(String id) {
        if (id == null) {
            throw new StanzaError(action, "'commit record " + action.lexeme()
                    + "' needs a record with an id; use 'commit record insert' for a new one.");
        }
        return id;
    }

    private static Map<String, Object> values(Map<String, Object> record, boolean keepId, String... id) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (keepId) {
            values.put(SystemFields.ID, id[0]);
        }
        record.forEach((field, value) -> {
            if (!SystemFields.isSystem(field)) {
                values.put(field, value instanceof Map<?, ?> lookup && lookup.get("id") instanceof String ref
                        && lookup.containsKey("name") ? ref : value);
            }
        });
        return values;
    }
}
