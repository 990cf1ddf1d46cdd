package dev.triggerstudio.cli.bench;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectSettings;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import dev.triggerstudio.model.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The generated benchmark project: one object of ten mixed fields, and triggers per language. */
final class BenchProject {
    static final ObjectDef ACCOUNT = new ObjectDef("account", "Account", "name", false,
            List.of(new FieldDef("name", FieldType.TEXT, null, true, false, null, null, null, null, false)));
    static final ObjectDef ITEM = new ObjectDef("item", "Item", "name", true, List.of(
            FieldDef.of("name", FieldType.TEXT), FieldDef.of("code", FieldType.TEXT), FieldDef.of("amount", FieldType.NUMBER),
            FieldDef.of("qty", FieldType.INTEGER),
            new FieldDef("status", FieldType.PICKLIST, null, false, false, null, List.of("New", "Open", "Closed"), "New", null, false),
            FieldDef.of("phone", FieldType.PHONE),
            new FieldDef("account", FieldType.LOOKUP, null, false, false, null, null, null, "account", false),
            FieldDef.of("due", FieldType.DATETIME), FieldDef.of("note", FieldType.TEXT), FieldDef.of("total", FieldType.NUMBER)));

    static final Map<Language, String> SCRIPTS = Map.of(
            Language.LUA, "record.total = record.amount * record.qty\n",
            Language.STANZA, "set record.total = record.amount * record.qty\n",
            Language.PYTHON, "async def execute(context):\n    for r in context.new_map.values():\n"
                    + "        r['total'] = r['amount'] * r['qty']\n");

    private BenchProject() {
    }

    static Project project(List<Language> beforeTriggers, boolean afterAutomation, Language asyncTrigger) {
        Map<String, TriggerDef> triggers = new LinkedHashMap<>();
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Language l : beforeTriggers) {
            add(triggers, scripts, "before_" + l.jsonName(), l, Timing.BEFORE);
        }
        if (asyncTrigger != null) {
            add(triggers, scripts, "async_" + asyncTrigger.jsonName(), asyncTrigger, Timing.ASYNC);
        }
        Map<String, AutomationDef> automations = new LinkedHashMap<>();
        if (afterAutomation) {
            automations.put("after_note", new AutomationDef("after_note", "item", Timing.AFTER, List.of(Event.CREATE), 1, true,
                    RunWhen.ALWAYS, List.of(Action.notify("{{owner}}", "Item {{name}}")), null));
        }
        Users users = new Users(List.of(), List.of(new User("bench", "Bench", List.of(), true, null)), Map.of());
        Map<String, List<Map<String, Object>>> data = Map.of("account", List.of(new LinkedHashMap<>(Map.of("id", "acc-1", "name", "Acme"))));
        return new Project(null, new ProjectSettings("bench", 1, "bench", null, 0L, "US", null),
                Map.of("item", ITEM, "account", ACCOUNT), triggers, scripts, automations, users, Map.of(), Map.of(), data,
                Map.of(), Map.of(), Map.of());
    }

    private static void add(Map<String, TriggerDef> triggers, Map<String, String> scripts, String id, Language l, Timing t) {
        triggers.put(id, new TriggerDef(id, "item", l, t, List.of(Event.CREATE, Event.UPDATE), 10, true, false, "bench", null,
                RunWhen.ALWAYS, List.of(), null));
        scripts.put(id, SCRIPTS.get(l));
    }

    /** Row i of the benchmark, the same for the raw baseline and the lifecycle. */
    static Map<String, Object> row(int i) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", "Item " + i);
        r.put("code", "C-" + i);
        r.put("amount", 10.0 + (i % 100));
        r.put("qty", (long) (1 + i % 7));
        r.put("status", i % 2 == 0 ? "New" : "Open");
        r.put("phone", "+1415555" + String.format("%04d", i % 10000));
        r.put("account", "acc-1");
        r.put("due", "2026-02-01T10:00:00Z");
        r.put("note", "generated");
        return r;
    }

    static List<Map<String, Object>> rows(int from, int to) {
        List<Map<String, Object>> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            rows.add(row(i));
        }
        return rows;
    }
}
