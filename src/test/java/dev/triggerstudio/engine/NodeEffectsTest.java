package dev.triggerstudio.engine;

import static dev.triggerstudio.engine.Fixture.create;
import static dev.triggerstudio.engine.Fixture.rec;
import static dev.triggerstudio.engine.Fixture.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/architecture.md#contracts: each trigger and automation node lists its own effect; merge_data diffs stored against merged. */
class NodeEffectsTest {
    private final Fixture fx = new Fixture();

    @Test
    void eachTriggerNodeListsTheRecordsItChangedAsReceivedAndAsLeft() {
        fx.trigger("first", Timing.BEFORE, RunWhen.ALWAYS, 1, (inv, h) -> inv.records().getFirst().record().put("total", 1.0), Event.CREATE);
        fx.trigger("second", Timing.BEFORE, RunWhen.ALWAYS, 2, (inv, h) -> inv.records().getFirst().record().put("total", 2.0), Event.CREATE);
        fx.trigger("idle", Timing.BEFORE, RunWhen.ALWAYS, 3, (inv, h) -> { }, Event.CREATE);
        var run = fx.run(create("invoice", rec("number", "E1", "total", 0), rec("number", "E2", "total", 5)));

        List<RecordChange> first = TriggersAndAutomationsTest.child(run, 0, "before_triggers", 0).records();
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().before()).containsEntry("total", 0.0);
        assertThat(first.getFirst().after()).containsEntry("total", 1.0);
        List<RecordChange> second = TriggersAndAutomationsTest.child(run, 0, "before_triggers", 1).records();
        assertThat(second).singleElement().satisfies(c -> {
            assertThat(c.before()).containsEntry("total", 1.0); // as the previous trigger left it
            assertThat(c.after()).containsEntry("total", 2.0);
        });
        assertThat(TriggersAndAutomationsTest.child(run, 0, "before_triggers", 2).records()).isEmpty();
    }

    @Test
    void anAutomationNodeListsWhatItsSetFieldChanged() {
        fx.automations.add(new AutomationDef("paid", "invoice", Timing.BEFORE, List.of(Event.CREATE), 1, true, RunWhen.ALWAYS,
                List.of(Action.setField("status", "Paid")), null));
        var run = fx.run(create("invoice", rec("number", "A1")));
        TraceNode node = TriggersAndAutomationsTest.child(run, 0, "before_automations", 0);
        assertThat(node.records()).singleElement().satisfies(c -> {
            assertThat(c.before()).containsEntry("status", "Draft");
            assertThat(c.after()).containsEntry("status", "Paid");
        });
    }

    @Test
    void mergeDataComparesTheStoredRecordWithTheMergedOne() {
        var run = fx.run(update("invoice", rec("id", "inv-1", "status", "Sent")));
        TraceNode merge = run.trace().operations().getFirst().steps().stream()
                .filter(s -> s.step().equals("merge_data")).findFirst().orElseThrow();
        RecordChange c = merge.records().getFirst();
        Map<String, Object> before = c.before();
        Map<String, Object> after = c.after();
        List<String> changed = after.keySet().stream().filter(k -> !java.util.Objects.equals(before.get(k), after.get(k))).sorted().toList();
        assertThat(changed).containsExactly("modified_date", "status"); // modified_by was alice already
        assertThat(before).containsEntry("status", "Draft").containsEntry("number", "INV-1");
    }
}
