package dev.triggerstudio.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.SystemFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an operation's input into the records it works on. */
final class Records {
    private Records() {
    }

    static void build(OperationRun op, List<Map<String, Object>> records, List<String> ids) {
        build(op, records, ids, false);
    }

    /**
     * Records of a batch's own operation: a create's record that nothing of the lifecycle would
     * change keeps the batch's map as its input instead of a copy (a 100 000-record create held
     * both, ~30 MB). Only maps parsed from the batch qualify, never a trigger's: the lifecycle
     * only reads a create's input, and writes to it only to drop "ref" or normalise a number,
     * which such a record does not have.
     */
    static void buildFromBatch(OperationRun op, List<Map<String, Object>> records, List<String> ids) {
        build(op, records, ids, true);
    }

    private static void build(OperationRun op, List<Map<String, Object>> records, List<String> ids, boolean fromBatch) {
        switch (op.kind) {
            case CREATE -> {
                for (Map<String, Object> in : records) {
                    if (fromBatch && readOnlyInput(in)) {
                        op.records.add(Rec.sharingInput(op.records.size(), null, null, in));
                        continue;
                    }
                    Map<String, Object> input = LinkedHashMap.newLinkedHashMap(in.size());
                    input.putAll(in);
                    Object ref = input.remove("ref");
                    op.records.add(Rec.sharingInput(op.records.size(), ref == null ? null : ref.toString(), null, input));
                }
            }
            case UPDATE -> {
                for (Map<String, Object> in : records) {
                    Object id = Values.lookupId(in.get(SystemFields.ID));
                    if (!(id instanceof String s) || s.isBlank()) {
                        throw Refusal.rejected("each record to update needs an \"id\"");
                    }
                    Map<String, Object> input = new LinkedHashMap<>(in);
                    input.put(SystemFields.ID, s);
                    op.records.add(Rec.sharingInput(op.records.size(), null, s, input));
                }
            }
            case DELETE -> {
                for (String id : ids) {
                    op.records.add(new Rec(op.records.size(), null, id, new LinkedHashMap<>(Map.of(SystemFields.ID, id))));
                }
            }
            case READ, LIST -> {
                // fetch_records brings the records in
            }
        }
    }

    /** A record with no "ref" and no number: validate_system leaves every value of it as it is. */
    private static boolean readOnlyInput(Map<String, Object> in) {
        if (in.containsKey("ref")) {
            return false;
        }
        for (Object v : in.values()) {
            if (v instanceof Number) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Object> parseObject(String json) {
        try {
            return Json.MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
