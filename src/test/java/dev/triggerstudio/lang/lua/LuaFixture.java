package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Lua trigger on object "invoice" plus Gospel's "DefinitionFieldTypes", run through the SPI. */
final class LuaFixture {
    static final String PATH = "triggers/check_status.lua";

    final FakeHost host = new FakeHost();
    final LuaRuntime runtime = new LuaRuntime();
    Timing timing = Timing.BEFORE;
    Event event = Event.CREATE;
    long timeoutMs = 10_000;

    LuaFixture() {
        host.define(new ObjectDef("invoice", "Invoice", "number", true, List.of(
                FieldDef.of("number", FieldType.TEXT),
                new FieldDef("status", FieldType.PICKLIST, null, false, false, null,
                        List.of("Draft", "Sent", "Paid"), "Draft", null, false),
                FieldDef.of("total", FieldType.NUMBER),
                FieldDef.of("note", FieldType.TEXT),
                new FieldDef("account", FieldType.LOOKUP, null, false, false, null, null, null, "account", false))));
        host.define(new ObjectDef("account", "Account", "name", false, List.of(
                FieldDef.of("name", FieldType.TEXT), FieldDef.of("tier", FieldType.TEXT))));
        host.define(new ObjectDef("DefinitionFieldTypes", null, null, false, List.of(
                FieldDef.of("fieldName", FieldType.TEXT), FieldDef.of("other", FieldType.NUMBER))));
        host.put("DefinitionFieldTypes", record("id", "a001", "fieldName", null, "other", 3L));
        host.put("account", record("id", "acc-1", "name", "Acme", "tier", "gold"));
    }

    static Map<String, Object> record(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    TriggerDef trigger() {
        return new TriggerDef("check_status", "invoice", Language.LUA, timing, List.of(event), 10, true, false,
                "alice", null, null, null, null);
    }

    CompiledScript compile(String script) {
        return runtime.compile(new ScriptSource(PATH, script, trigger()));
    }

    RunStats run(String script, RecordPair... pairs) {
        return run(compile(script), pairs);
    }

    RunStats run(CompiledScript compiled, RecordPair... pairs) {
        Invocation inv = new Invocation(trigger(), timing, event,
                Map.of("id", "alice", "name", "Alice", "groups", List.of("finance"), "admin", true),
                new ArrayList<>(List.of(pairs)), timeoutMs, 0, 1, 1);
        return compiled.run(inv, host);
    }

    /** One new invoice record, as a Before-create trigger sees it. */
    static RecordPair invoice(Object... kv) {
        Map<String, Object> r = record("id", "inv-1", "number", "INV-1", "status", "Draft", "total", 10.5);
        r.putAll(record(kv));
        return new RecordPair("inv-1", r, null);
    }
}
