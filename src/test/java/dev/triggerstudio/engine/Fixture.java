package dev.triggerstudio.engine;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.ObjectPermission;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.PermissionSet;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectSettings;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import dev.triggerstudio.model.Users;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.RecordingListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A small invoice project built in code, and a test double of a language runtime whose
 * "scripts" are Java lambdas registered by trigger id.
 */
final class Fixture {
    static final ObjectDef ACCOUNT = new ObjectDef("account", "Account", "name", false, List.of(
            new FieldDef("name", FieldType.TEXT, null, true, true, 80, null, null, null, false),
            FieldDef.of("tier", FieldType.TEXT)));
    static final ObjectDef INVOICE = new ObjectDef("invoice", "Invoice", "number", true, List.of(
            new FieldDef("number", FieldType.TEXT, null, true, true, 40, null, null, null, false),
            new FieldDef("status", FieldType.PICKLIST, null, false, false, null, List.of("Draft", "Sent", "Paid"), "Draft", null, false),
            new FieldDef("account", FieldType.LOOKUP, null, false, false, null, null, null, "account", false),
            FieldDef.of("total", FieldType.NUMBER),
            FieldDef.of("lines", FieldType.INTEGER),
            FieldDef.of("phone", FieldType.PHONE),
            FieldDef.of("email", FieldType.EMAIL),
            FieldDef.of("due", FieldType.DATETIME),
            new FieldDef("note", FieldType.TEXT, null, false, false, null, null, null, null, true)));

    final Map<String, BiConsumer<Invocation, ScriptHost>> scripts = new HashMap<>();
    final List<TriggerDef> triggers = new ArrayList<>();
    final List<dev.triggerstudio.model.AutomationDef> automations = new ArrayList<>();
    Limits limits = Limits.DEFAULTS;
    List<Map<String, Object>> invoices = new ArrayList<>(List.of(invoice("inv-1", "INV-1", "alice"), invoice("inv-2", "INV-2", "bob")));

    static Map<String, Object> invoice(String id, String number, String owner) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("number", number);
        m.put("status", "Draft");
        m.put("account", "acc-1");
        m.put("total", 100.0);
        m.put("owner", owner);
        m.put("created_by", owner);
        m.put("modified_by", owner);
        m.put("created_date", "2025-01-01T00:00:00Z");
        m.put("modified_date", "2025-01-01T00:00:00Z");
        return m;
    }

    Fixture trigger(String id, Timing timing, BiConsumer<Invocation, ScriptHost> body, Event... events) {
        return trigger(id, timing, RunWhen.ALWAYS, 10, body, events);
    }

    Fixture trigger(String id, Timing timing, RunWhen rw, int order, BiConsumer<Invocation, ScriptHost> body, Event... events) {
        triggers.add(new TriggerDef(id, "invoice", Language.PYTHON, timing, List.of(events), order, true, false, "alice",
                null, rw, List.of(), null));
        scripts.put(id, body);
        return this;
    }

    Project project() {
        Map<String, TriggerDef> t = new LinkedHashMap<>();
        triggers.forEach(x -> t.put(x.id(), x));
        Map<String, String> s = new LinkedHashMap<>();
        triggers.forEach(x -> s.put(x.id(), "# " + x.id()));
        Map<String, dev.triggerstudio.model.AutomationDef> a = new LinkedHashMap<>();
        automations.forEach(x -> a.put(x.id(), x));
        ObjectPermission clerkInvoice = new ObjectPermission(true, true, true, false, false, false,
                Map.of("total", dev.triggerstudio.model.FieldAccess.READ, "note", dev.triggerstudio.model.FieldAccess.NONE));
        ObjectPermission readAccount = new ObjectPermission(false, true, false, false, false, false, null);
        Users users = new Users(List.of("finance", "sales"), List.of(
                new User("alice", "Alice", List.of("finance"), true, null),
                new User("bob", "Bob", List.of("sales"), false, "clerk"),
                new User("eve", "Eve", List.of(), false, "nothing")),
                Map.of("clerk", new PermissionSet(Map.of("invoice", clerkInvoice, "account", readAccount)),
                        "nothing", new PermissionSet(Map.of())));
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        Map<String, Object> acme = new LinkedHashMap<>(Map.of("id", "acc-1", "name", "Acme"));
        data.put("account", List.of(acme));
        data.put("invoice", invoices);
        return new Project(null, new ProjectSettings("fixture", 1, "alice", null, 0L, "US", limits),
                Map.of("account", ACCOUNT, "invoice", INVOICE), t, s, a, users, Map.of(), Map.of(), data, Map.of(), Map.of(),
                Map.of("salesforce", Map.of("query", Map.of("result", List.of(Map.of("Id", "001"))))));
    }

    ScriptRuntimes runtimes() {
        return ScriptRuntimes.of(new ScriptRuntime() {
            @Override
            public Language language() {
                return Language.PYTHON;
            }

            @Override
            public List<Diagnostic> check(ScriptSource source, CheckContext context) {
                return List.of();
            }

            @Override
            public CompiledScript compile(ScriptSource source) {
                BiConsumer<Invocation, ScriptHost> body = scripts.get(source.trigger().id());
                return (inv, host) -> {
                    body.accept(inv, host);
                    return RunStats.NONE;
                };
            }
        });
    }

    /** Runs a batch on a fresh in-memory store and returns the store (left open) with the trace. */
    Run run(Operation... ops) {
        return run("alice", ops);
    }

    Run run(String user, Operation... ops) {
        Project p = project();
        Store store = Simulator.openStore(p, null, false);
        RecordingListener rec = new RecordingListener(true);
        Simulator sim = new Simulator(p, store, runtimes());
        BatchResult result = sim.run(new Batch(user, List.of(ops)), null, rec);
        return new Run(store, result, rec);
    }

    record Run(Store store, BatchResult result, RecordingListener trace) {
        String status(int i) {
            return result.operations().get(i).status();
        }

        String message(int i) {
            var e = result.operations().get(i).error();
            return e == null ? null : e.message();
        }

        String step(int i) {
            var e = result.operations().get(i).error();
            return e == null ? null : e.step();
        }

        List<Map<String, Object>> rows(String sql) {
            return store.query(sql);
        }
    }

    static Operation create(String object, Map<String, Object>... records) {
        return new Operation(Operation.Kind.CREATE, object, List.of(records), null, null, null);
    }

    static Operation update(String object, Map<String, Object>... records) {
        return new Operation(Operation.Kind.UPDATE, object, List.of(records), null, null, null);
    }

    static Operation delete(String object, String... ids) {
        return new Operation(Operation.Kind.DELETE, object, null, List.of(ids), null, null);
    }

    static Operation read(String object, String... ids) {
        return new Operation(Operation.Kind.READ, object, null, List.of(ids), null, null);
    }

    static Map<String, Object> rec(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
