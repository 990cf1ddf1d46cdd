package dev.triggerstudio.hardening;

import dev.triggerstudio.model.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random batches for the ledger sample: real and unknown objects, fields and users, values of
 * the right and wrong types, references that exist and that do not, and records of other users.
 */
final class RandomBatch {
    private static final List<String> OPS = List.of("create", "update", "delete", "read", "list");
    private static final Map<String, List<String>> FIELDS = Map.of(
            "invoice", List.of("number", "status", "account", "total", "discount", "paid_date", "note", "owner"),
            "account", List.of("name", "tier", "balance", "created_by"),
            "invoiceLine", List.of("invoiceId", "description", "amount"));
    private static final List<String> IDS = List.of("acct-acme", "acct-globex", "inv-0001", "line-0001", "line-0002",
            "nope");
    private static final List<String> USERS = List.of("alice", "bob", "dave");

    private final Random random;
    private final List<String> refs = new ArrayList<>();

    RandomBatch(long seed) {
        this.random = new Random(seed);
    }

    /** The batch as JSON text and how many operations it has. */
    record Text(String json, int operations) {
    }

    Text next() {
        int n = 1 + random.nextInt(12);
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ops.add(operation());
        }
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("user", pick(USERS));
        batch.put("operations", ops);
        return new Text(Json.pretty(batch), n);
    }

    private Map<String, Object> operation() {
        // Rare mistakes the validator refuses; the rest reach the engine.
        String object = random.nextInt(60) == 0 ? "ghost" : pick(FIELDS.keySet().stream().sorted().toList());
        String op = pick(OPS);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("op", op);
        o.put("object", object);
        if (random.nextInt(5) == 0) {
            o.put("user", pick(USERS));
        }
        switch (op) {
            case "create", "update" -> o.put("records", records(object, op.equals("update")));
            case "delete", "read" -> o.put("ids", List.of(id()));
            default -> o.put("where", where(object));
        }
        return o;
    }

    private Map<String, Object> where(String object) {
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("field", pick(FIELDS.getOrDefault(object, List.of("x"))));
        condition.put("predicate", pick(List.of("equals", "is_empty", "greater_than", "changed", "in")));
        condition.put("value", value());
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("match", pick(List.of("all", "any")));
        where.put("conditions", List.of(condition));
        return where;
    }

    private List<Object> records(String object, boolean update) {
        List<Object> records = new ArrayList<>();
        int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 3);
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            if (update) {
                r.put("id", id());
            } else if (random.nextBoolean()) {
                String ref = "r" + refs.size();
                refs.add(ref);
                r.put("ref", ref);
            }
            if (random.nextInt(150) == 0) {
                r.put("nmae", value());
            }
            for (String f : FIELDS.getOrDefault(object, List.of("x"))) {
                if (random.nextInt(3) > 0) {
                    r.put(f, f.equals("number") || f.equals("name") ? "N-" + random.nextInt(50) : value());
                }
            }
            records.add(r);
        }
        return records;
    }

    /** A seed id, an unknown id, or an earlier create's reference (whose create may have been rejected). */
    private String id() {
        if (!refs.isEmpty() && random.nextInt(3) == 0) {
            return "$" + pick(refs);
        }
        return pick(IDS);
    }

    private Object value() {
        return switch (random.nextInt(11)) {
            case 0 -> null;
            case 1 -> random.nextInt(1000) - 100;
            case 2 -> random.nextDouble() * 1e6;
            case 3 -> pick(List.of("Draft", "Sent", "Paid", "gold", "silver"));
            case 4 -> "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case 5 -> id();
            case 6 -> "x".repeat(random.nextInt(100));
            case 7 -> true;
            case 8 -> new ArrayList<>(List.of(1, "a"));
            case 9 -> Map.of("k", "v");
            default -> "Acme";
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
