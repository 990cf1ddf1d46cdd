package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectSettings;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small ledger (invoice, invoiceLine, account) that Stanza tests run against. */
final class Fixture {

    static final Map<String, Object> USER = Map.of("id", "alice", "name", "Alice", "groups", List.of("finance"),
            "admin", true);

    private Fixture() {
    }

    static Project project() {
        ObjectDef invoice = new ObjectDef("invoice", "Invoice", "number", true, List.of(
                FieldDef.of("number", FieldType.TEXT), picklist("status", "Draft", "Sent", "Paid"),
                lookup("account", "account"), FieldDef.of("total", FieldType.NUMBER),
                FieldDef.of("amount", FieldType.NUMBER), FieldDef.of("discount", FieldType.NUMBER),
                FieldDef.of("lines", FieldType.INTEGER), FieldDef.of("note", FieldType.TEXT),
                FieldDef.of("first", FieldType.TEXT), FieldDef.of("last", FieldType.TEXT),
                FieldDef.of("full_name", FieldType.TEXT), FieldDef.of("flagged", FieldType.BOOLEAN),
                FieldDef.of("tags", FieldType.JSON)));
        ObjectDef line = new ObjectDef("invoiceLine", "Invoice line", "description", false, List.of(
                FieldDef.of("invoiceId", FieldType.TEXT), FieldDef.of("description", FieldType.TEXT),
                FieldDef.of("amount", FieldType.NUMBER), FieldDef.of("qty", FieldType.INTEGER)));
        ObjectDef account = new ObjectDef("account", "Account", "name", false, List.of(
                FieldDef.of("name", FieldType.TEXT), picklist("tier", "gold", "silver"),
                FieldDef.of("balance", FieldType.NUMBER)));
        Map<String, ObjectDef> objects = Map.of("invoice", invoice, "invoiceLine", line, "account", account);
        return new Project(Path.of("."), new ProjectSettings("fixture", 1, "alice", null, null, null, null),
                objects, Map.of(), Map.of(), Map.of(), null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static FieldDef picklist(String name, String... values) {
        return new FieldDef(name, FieldType.PICKLIST, null, false, false, null, Arrays.asList(values), null, null, false);
    }

    private static FieldDef lookup(String name, String to) {
        return new FieldDef(name, FieldType.LOOKUP, null, false, false, null, null, null, to, false);
    }

    /** The host with seed records: two accounts, two invoices, four lines (one amount missing). */
    static MemoryHost host() {
        MemoryHost host = new MemoryHost(project());
        host.put("account", rec("id", "acc-1", "name", "Acme", "tier", "gold", "balance", 1000.5));
        host.put("account", rec("id", "acc-2", "name", "Globex", "tier", "silver", "balance", 0L));
        host.put("invoice", invoice());
        host.put("invoice", rec("id", "inv-2", "number", "INV-2", "status", "Sent", "amount", 7L));
        host.put("invoiceLine", rec("id", "line-1", "invoiceId", "inv-1", "description", "Pens", "amount", 10L, "qty", 2L));
        host.put("invoiceLine", rec("id", "line-2", "invoiceId", "inv-1", "description", "Paper", "amount", 2.5, "qty", 1L));
        host.put("invoiceLine", rec("id", "line-3", "invoiceId", "inv-1", "description", "Ink", "amount", null, "qty", 3L));
        host.put("invoiceLine", rec("id", "line-4", "invoiceId", "inv-2", "description", "Desk", "amount", 7L, "qty", 1L));
        return host;
    }

    /** The record the golden scripts run on: invoice inv-1, with its account as a lookup. */
    static Map<String, Object> invoice() {
        return rec("id", "inv-1", "number", "INV-1", "status", "Draft",
                "account", rec("id", "acc-1", "name", "Acme"), "total", null, "amount", 100L, "discount", null,
                "lines", 3L, "note", null, "first", "Ada", "last", "Lovelace", "flagged", false,
                "tags", List.of("urgent", "q1"));
    }

    static Map<String, Object> rec(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static TriggerDef trigger(Timing timing, Event... events) {
        return new TriggerDef("golden", "invoice", Language.STANZA, timing, List.of(events), 10, true, false, "alice",
                null, null, null, null);
    }

    static Invocation invocation(TriggerDef trigger, long fuel, RecordPair... pairs) {
        Event event = trigger.events().isEmpty() ? Event.UPDATE : trigger.events().getFirst();
        return new Invocation(trigger, trigger.timing(), event, new HashMap<>(USER), List.of(pairs), 10_000, fuel, 1, 1);
    }
}
