package dev.triggerstudio.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A small but complete project, written file by file into a temporary folder. */
public final class SmallProject {
    private SmallProject() {
    }

    public static Map<String, String> files() {
        Map<String, String> f = new TreeMap<>();
        f.put("project.json", """
                {"name": "mini", "format": 1, "default_user": "alice"}
                """);
        f.put("objects/invoice.json", """
                {"api_name": "invoice", "label": "Invoice", "name_field": "number", "ownership": true,
                 "fields": [
                   {"name": "number", "type": "text", "required": true},
                   {"name": "status", "type": "picklist", "values": ["Draft", "Sent", "Paid"], "default": "Draft"},
                   {"name": "total", "type": "number"}]}
                """);
        f.put("objects/task.json", """
                {"api_name": "task", "label": "Task", "name_field": "subject",
                 "fields": [{"name": "subject", "type": "text"}]}
                """);
        f.put("triggers/invoice_totals.json", """
                {"id": "invoice_totals", "object": "invoice", "language": "stanza",
                 "timing": "before", "events": ["create", "update"], "order": 10, "active": true,
                 "owner": "alice", "permissions": [{"group": "finance", "access": "read_edit"}]}
                """);
        f.put("triggers/invoice_totals.stanza", """
                // totals
                reject "Amount must be positive" when record.total lte 0
                """);
        f.put("triggers/follow_up.json", """
                {"id": "follow_up", "object": "invoice", "language": "lua",
                 "timing": "after", "events": ["update"], "order": 20, "active": true, "owner": "alice"}
                """);
        f.put("triggers/follow_up.lua", """
                local gospel = require("gospellua")
                gospel.insert("task", {subject = "Follow up " .. record.number})
                """);
        f.put("automations/paid_needs_date.json", """
                {"id": "paid_needs_date", "object": "invoice", "timing": "after", "events": ["update"],
                 "order": 10, "active": true,
                 "actions": [{"type": "create_record", "object": "task", "values": {"subject": "Paid {{number}}"}}]}
                """);
        f.put("users.json", """
                {"groups": ["finance"],
                 "users": [{"id": "alice", "name": "Alice", "groups": ["finance"], "admin": true}]}
                """);
        f.put("config/lead.json", """
                {"api_name": "Lead Automation", "values": {"enabled": true}}
                """);
        f.put("data/invoice.json", """
                [{"id": "inv-1", "number": "INV-1", "total": 10}]
                """);
        f.put("batches/pay.json", """
                {"user": "alice", "operations": [
                  {"op": "update", "object": "invoice", "records": [{"id": "inv-1", "status": "Paid"}]}]}
                """);
        f.put("tests/pay.json", """
                {"batch": "batches/pay.json", "expect": {"operations": [{"status": "committed"}]}}
                """);
        f.put("tests/pay.trace.json", """
                {"operations": [{"index": 0, "op": "update", "object": "invoice", "status": "committed"}]}
                """);
        f.put("mocks/integrations.json", """
                {"salesforce": {}}
                """);
        return f;
    }

    public static Path writeTo(Path root) {
        return writeTo(root, files());
    }

    public static Path writeTo(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = root.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
