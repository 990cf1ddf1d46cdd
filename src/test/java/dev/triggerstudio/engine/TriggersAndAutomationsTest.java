package dev.triggerstudio.engine;

import static dev.triggerstudio.engine.Fixture.create;
import static dev.triggerstudio.engine.Fixture.rec;
import static dev.triggerstudio.engine.Fixture.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggersAndAutomationsTest {
    private final Fixture fx = new Fixture();

    @Test
    void beforeTriggerEditsAreSavedAndAfterTriggerEditsIgnoredWithAWarning() {
        fx.trigger("fill", Timing.BEFORE, (inv, host) -> inv.records().forEach(p -> p.record().put("total", 42.0)), Event.CREATE);
        fx.trigger("late", Timing.AFTER, (inv, host) -> inv.records().forEach(p -> p.record().put("total", 7.0)), Event.CREATE);
        var run = fx.run(create("invoice", rec("number", "T1")));
        assertThat(run.rows("select total from invoice where number = 'T1'")).containsExactly(Map.of("total", 42.0));
        TraceNode late = child(run, 0, "after_triggers", 0);
        assertThat(late.logs()).anySatisfy(l -> assertThat(l.message()).contains("ignored"));
    }

    @Test
    void triggersRunInOrderThenIdAndOnlyOnRecordsPassingRunWhen() {
        List<String> calls = new ArrayList<>();
        RunWhen big = new RunWhen(Match.ALL, List.of(new Condition("total", Predicate.GREATER_THAN, 1000)));
        fx.trigger("b", Timing.BEFORE, RunWhen.ALWAYS, 5, (inv, h) -> calls.add("b" + inv.records().size()), Event.CREATE);
        fx.trigger("a", Timing.BEFORE, RunWhen.ALWAYS, 5, (inv, h) -> calls.add("a" + inv.records().size()), Event.CREATE);
        fx.trigger("big", Timing.BEFORE, big, 1, (inv, h) -> calls.add("big" + inv.records().size()), Event.CREATE);
        fx.trigger("never", Timing.BEFORE, new RunWhen(Match.ALL, List.of(new Condition("total", Predicate.LESS_THAN, 0))), 9,
                (inv, h) -> calls.add("never"), Event.CREATE);
        var run = fx.run(create("invoice", rec("number", "A", "total", 5000), rec("number", "B", "total", 1)));
        assertThat(calls).containsExactly("big1", "a2", "b2");
        TraceNode skipped = child(run, 0, "before_triggers", 3);
        assertThat(skipped.status()).isEqualTo("skipped");
        assertThat(skipped.detail()).contains("Run When matched none");
    }

    @Test
    void aTriggerRejectionRollsBackNestedOperationsToo() {
        fx.trigger("spawn", Timing.AFTER, (inv, host) -> {
            host.create("account", List.of(rec("name", "Spawned")));
            throw ScriptException.rejected("no thanks", "triggers/spawn.py", 3);
        }, Event.CREATE);
        var run = fx.run(create("invoice", rec("number", "N1")));
        assertThat(run.status(0)).isEqualTo("rejected");
        assertThat(run.result().operations().getFirst().error().source()).isEqualTo("trigger:spawn");
        assertThat(run.result().operations().getFirst().error().line()).isEqualTo(3);
        assertThat(run.result().operations().getFirst().error().step()).isEqualTo("after_triggers");
        assertThat(run.rows("select count(*) as n from account where name = 'Spawned'")).containsExactly(Map.of("n", 0L));
        assertThat(run.rows("select count(*) as n from invoice where number = 'N1'")).containsExactly(Map.of("n", 0L));
        TraceNode nested = child(run, 0, "after_triggers", 0).children().getFirst();
        assertThat(nested.step()).isEqualTo("operation");
        assertThat(nested.depth()).isEqualTo(1);
        assertThat(nested.children()).extracting(TraceNode::step).contains("database_insert");
    }

    @Test
    void aCaughtNestedRejectionRollsBackOnlyTheNestedOperation() {
        fx.trigger("try", Timing.AFTER, (inv, host) -> {
            try {
                host.create("account", List.of(rec("name", "Acme")));
            } catch (ScriptException e) {
                host.log("warning", e.getMessage());
            }
        }, Event.CREATE);
        var run = fx.run(create("invoice", rec("number", "N2")));
        assertThat(run.status(0)).isEqualTo("committed");
        assertThat(child(run, 0, "after_triggers", 0).logs().getFirst().message()).contains("must be unique");
    }

    @Test
    void recursionBeyondMaxDepthFails() {
        fx.limits = new Limits(null, null, 3, null, null, null, null, null);
        fx.trigger("loop", Timing.AFTER, (inv, host) -> host.update("invoice",
                List.of(rec("id", inv.records().getFirst().id(), "total", 1.0))), Event.CREATE, Event.UPDATE);
        var run = fx.run(create("invoice", rec("number", "R1")));
        assertThat(run.status(0)).isEqualTo("failed");
        assertThat(run.message(0)).contains("max_depth 3 exceeded");
        assertThat(run.rows("select count(*) as n from invoice where number = 'R1'")).containsExactly(Map.of("n", 0L));
    }

    @Test
    void queriesBeyondTheLimitFailTheOperation() {
        fx.limits = new Limits(null, null, null, 5, null, null, null, null);
        fx.trigger("chatty", Timing.BEFORE, (inv, host) -> inv.records().forEach(p -> host.loadRecord("account", "acc-1")),
                Event.CREATE);
        List<Map<String, Object>> recs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            recs.add(rec("number", "Q" + i));
        }
        var run = fx.run(new dev.triggerstudio.model.Operation(dev.triggerstudio.model.Operation.Kind.CREATE, "invoice",
                recs, null, null, null));
        assertThat(run.status(0)).isEqualTo("failed");
        assertThat(run.message(0)).contains("too many queries: 6 (max_queries is 5)");
    }

    @Test
    void dmlBeyondTheLimitFails() {
        fx.limits = new Limits(null, null, null, null, 2, null, null, null);
        fx.trigger("writer", Timing.AFTER, (inv, host) -> {
            for (int i = 0; i < 3; i++) {
                host.create("account", List.of(rec("name", "W" + i)));
            }
        }, Event.CREATE);
        var run = fx.run(create("invoice", rec("number", "D1")));
        assertThat(run.message(0)).contains("too many DML statements: 3 (max_dml is 2)");
    }

    @Test
    void aCreateOf450RecordsRunsTriggersInThreeChunks() {
        List<Integer> sizes = new ArrayList<>();
        fx.trigger("count", Timing.BEFORE, (inv, h) -> sizes.add(inv.records().size()), Event.CREATE);
        List<Map<String, Object>> recs = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            recs.add(rec("number", "C" + i));
        }
        var run = fx.run(new dev.triggerstudio.model.Operation(dev.triggerstudio.model.Operation.Kind.CREATE, "invoice",
                recs, null, null, null));
        assertThat(sizes).containsExactly(200, 200, 50);
        assertThat(child(run, 0, "before_triggers", 2).detail()).startsWith("chunk 3/3");
        assertThat(run.rows("select count(*) as n from invoice")).containsExactly(Map.of("n", 452L));
    }

    @Test
    void automationsSetFieldsRejectCreateRecordsAndNotify() {
        fx.automations.add(new AutomationDef("set", "invoice", Timing.BEFORE, List.of(Event.CREATE), 1, true, RunWhen.ALWAYS,
                List.of(Action.setField("note", "auto {{number}}")), null));
        fx.automations.add(new AutomationDef("stop", "invoice", Timing.BEFORE, List.of(Event.UPDATE), 1, true,
                new RunWhen(Match.ALL, List.of(new Condition("status", Predicate.EQUALS, "Paid"))),
                List.of(Action.validationError("Paid {{number}} needs a date")), null));
        fx.automations.add(new AutomationDef("make", "invoice", Timing.AFTER, List.of(Event.CREATE), 1, true, RunWhen.ALWAYS,
                List.of(Action.createRecord("account", Map.of("name", "For {{number}}"))), null));
        fx.automations.add(new AutomationDef("tell", "invoice", Timing.ASYNC, List.of(Event.CREATE), 1, true, RunWhen.ALWAYS,
                List.of(Action.notify("{{owner}}", "Invoice {{number}}")), null));
        var run = fx.run(create("invoice", rec("number", "AU1")), update("invoice", rec("id", "inv-1", "status", "Paid")));
        assertThat(run.rows("select note from invoice where number = 'AU1'")).containsExactly(Map.of("note", "auto AU1"));
        assertThat(run.rows("select count(*) as n from account where name = 'For AU1'")).containsExactly(Map.of("n", 1L));
        assertThat(run.rows("select payload from _studio_outbox where kind = 'notification'")).singleElement()
                .satisfies(r -> assertThat((String) r.get("payload")).contains("\"to\":\"alice\"").contains("Invoice AU1"));
        assertThat(run.result().asyncJobs()).singleElement().satisfies(j -> assertThat(j.status()).isEqualTo("ok"));
        assertThat(run.message(1)).isEqualTo("Paid INV-1 needs a date");
        assertThat(run.result().operations().get(1).error().source()).isEqualTo("automation:stop");
    }

    @Test
    void aFailingAsyncTriggerRollsBackOnlyItself() {
        fx.trigger("bg", Timing.ASYNC, (inv, host) -> {
            host.create("account", List.of(rec("name", "Async")));
            throw ScriptException.failed("boom", "triggers/bg.py", 2);
        }, Event.CREATE);
        var run = fx.run(create("invoice", rec("number", "AS1")));
        assertThat(run.status(0)).isEqualTo("committed");
        assertThat(run.result().asyncJobs()).singleElement().satisfies(j -> {
            assertThat(j.status()).isEqualTo("failed");
            assertThat(j.error().message()).isEqualTo("boom");
        });
        assertThat(run.rows("select count(*) as n from account where name = 'Async'")).containsExactly(Map.of("n", 0L));
        assertThat(run.rows("select status from _studio_async_queue")).containsExactly(Map.of("status", "failed"));
    }

    @Test
    void querySqlIsReadOnlyAndFilteredByTheActorsPermissions() {
        List<Object> seen = new ArrayList<>();
        fx.triggers.add(new dev.triggerstudio.model.TriggerDef("q", "invoice", dev.triggerstudio.model.Language.PYTHON,
                Timing.BEFORE, List.of(Event.CREATE), 1, true, false, "bob", null, RunWhen.ALWAYS, List.of(), null));
        fx.scripts.put("q", (inv, host) -> {
            seen.add(host.querySql("select count(*) as n from invoice", true));
            seen.add(host.querySql("select note from invoice", true));
            try {
                host.querySql("delete from invoice", true);
            } catch (ScriptException e) {
                seen.add(e.getMessage());
            }
            try {
                host.querySql("select * from main.invoice", true);
            } catch (ScriptException e) {
                seen.add(e.getMessage());
            }
        });
        fx.invoices.getLast().put("note", "bob's secret");
        var run = fx.run(create("invoice", rec("number", "SQ")));
        assertThat(run.status(0)).isEqualTo("committed");
        assertThat(seen.get(0)).isEqualTo(List.of(Map.of("n", 1L)));
        assertThat(seen.get(1).toString()).doesNotContain("secret");
        assertThat(seen.get(2).toString()).contains("read-only");
        assertThat(seen.get(3).toString()).contains("names a schema");
        assertThat(run.rows("select count(*) as n from invoice")).containsExactly(Map.of("n", 3L));
    }

    @Test
    void twoRunsGiveIdenticalTracesApartFromDurations() {
        fx.trigger("fill", Timing.BEFORE, (inv, host) -> inv.records().forEach(p -> p.record().put("total", 1.0)), Event.CREATE);
        String a = traceJson(fx.run(create("invoice", rec("number", "D1")), update("invoice", rec("id", "inv-1", "status", "Sent"))));
        String b = traceJson(fx.run(create("invoice", rec("number", "D1")), update("invoice", rec("id", "inv-1", "status", "Sent"))));
        assertThat(a).isEqualTo(b).contains("database_insert");
    }

    private static String traceJson(Fixture.Run run) {
        var out = new java.io.ByteArrayOutputStream();
        var w = new dev.triggerstudio.trace.TraceJsonWriter(out, true);
        run.trace().operations().forEach(w::operationFinished);
        w.close();
        return out.toString().replaceAll("\"duration_us\": \\d+", "");
    }

    static TraceNode child(Fixture.Run run, int op, String step, int index) {
        return run.trace().operations().get(op).steps().stream().filter(s -> s.step().equals(step)).findFirst()
                .orElseThrow().children().get(index);
    }
}
