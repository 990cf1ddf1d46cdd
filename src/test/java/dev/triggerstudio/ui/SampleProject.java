package dev.triggerstudio.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small CRM project written into a temporary folder for UI tests: invoices and accounts,
 * three users (alice admin in finance, bob in sales, carol in finance), a Stanza trigger finance
 * may read and edit, a Lua trigger finance may only read, an automation and the other files.
 */
public final class SampleProject {
    private SampleProject() {
    }

    public static Path create() {
        try {
            return write(Files.createTempDirectory("studio-ui-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path root) throws IOException {
        for (Map.Entry<String, String> f : files().entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return root;
    }

    static Map<String, String> files() {
        Map<String, String> f = new TreeMap<>();
        f.put("project.json", """
                {"name": "Sample CRM", "format": 1, "default_user": "alice"}
                """);
        f.put("objects/invoice.json", """
                {"api_name": "invoice", "label": "Invoice", "name_field": "number", "ownership": true,
                 "fields": [
                   {"name": "number", "type": "text", "required": true, "unique": true, "max_length": 40},
                   {"name": "status", "type": "picklist", "values": ["Draft", "Sent", "Paid"], "default": "Draft"},
                   {"name": "account", "type": "lookup", "to": "account"},
                   {"name": "total", "type": "number"},
                   {"name": "due", "type": "date"},
                   {"name": "note", "type": "text", "hidden": true}]}
                """);
        f.put("objects/account.json", """
                {"api_name": "account", "label": "Account", "name_field": "name",
                 "fields": [{"name": "name", "type": "text", "required": true},
                            {"name": "tier", "type": "picklist", "values": ["gold", "silver"]}]}
                """);
        f.put("users.json", """
                {"groups": ["sales", "finance"],
                 "users": [{"id": "alice", "name": "Alice", "groups": ["finance"], "admin": true},
                           {"id": "bob", "name": "Bob", "groups": ["sales"]},
                           {"id": "carol", "name": "Carol", "groups": ["finance"]}]}
                """);
        f.put("triggers/invoice_totals.json", """
                {"id": "invoice_totals", "object": "invoice", "language": "stanza", "timing": "before",
                 "events": ["create", "update"], "order": 10, "active": true, "owner": "alice",
                 "run_when": {"match": "all", "conditions": [{"field": "status", "predicate": "equals", "value": "Draft"}]},
                 "permissions": [{"group": "finance", "access": "read_edit"}]}
                """);
        f.put("triggers/invoice_totals.stanza", """
                // keep totals positive
                reject "Total must be positive" when record.total lt 0
                """);
        f.put("triggers/audit_paid.json", """
                {"id": "audit_paid", "object": "invoice", "language": "lua", "timing": "after",
                 "events": ["update"], "order": 20, "active": true, "owner": "alice",
                 "permissions": [{"group": "finance", "access": "read"}]}
                """);
        f.put("triggers/audit_paid.lua", """
                local gospel = require("gospellua")
                gospel.log("paid " .. tostring(record.id))
                """);
        f.put("automations/paid_needs_date.json", """
                {"id": "paid_needs_date", "object": "invoice", "timing": "before", "events": ["update"],
                 "order": 10, "active": true,
                 "run_when": {"match": "all", "conditions": [{"field": "status", "predicate": "equals", "value": "Paid"},
                                                             {"field": "due", "predicate": "is_empty"}]},
                 "actions": [{"type": "validation_error", "message": "Paid invoices need a due date"}]}
                """);
        f.put("config/lead.json", """
                {"api_name": "Lead Automation", "values": {"active": true}}
                """);
        f.put("data/account.json", """
                [{"id": "acc-1", "name": "Acme", "tier": "gold"}]
                """);
        f.put("data/invoice.json", """
                [{"id": "inv-1", "number": "INV-1", "status": "Draft", "account": "acc-1", "total": 100}]
                """);
        f.put("batches/pay.json", """
                {"user": "alice", "operations": [{"op": "update", "object": "invoice", "records": [{"id": "inv-1", "status": "Paid"}]}]}
                """);
        f.put("tests/pay.json", """
                {"batch": "batches/pay.json", "expect": {"operations": [{"status": "rejected", "message_contains": "due date"}]}}
                """);
        return f;
    }
}
