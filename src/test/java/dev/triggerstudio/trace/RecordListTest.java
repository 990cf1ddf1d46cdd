package dev.triggerstudio.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 18, item 5: a large operation's record snapshots go to disk, and the trace reads the same. */
class RecordListTest {

    @Test
    void recordsPastTheBudgetAreSpilledAndTheTraceIsTheSameTextAsHeldInMemory() throws Exception {
        TraceNode held = new TraceNode(1, StepName.TRIGGER, "trigger:t", 0);
        TraceNode spilled = new TraceNode(1, StepName.TRIGGER, "trigger:t", 0, new RecordBudget(30));
        for (int i = 0; i < 20; i++) {
            held.records().add(change(i));
            spilled.records().add(change(i));
        }

        assertThat(((RecordList) spilled.records()).spilled()).isBetween(1, 19);
        assertThat(((RecordList) held.records()).spilled()).isZero();
        assertThat(trace(spilled)).isEqualTo(trace(held)).contains("\"writes\"").contains("\"before\": null");
    }

    @Test
    void aSpilledRecordReadsBackWithItsValuesAndWrites() {
        TraceNode node = new TraceNode(1, StepName.TRIGGER, "trigger:t", 0, new RecordBudget(0));
        node.records().add(change(7));

        RecordChange back = node.records().get(0);

        assertThat(((RecordList) node.records()).spilled()).isEqualTo(1);
        assertThat(back.id()).isEqualTo("r7");
        assertThat(Json.compact(back.after())).isEqualTo(Json.compact(change(7).after()));
        assertThat(back.before()).isNull();
        assertThat(back.writes()).containsExactly(new RecordChange.FieldWrite("total", 3));
    }

    @Test
    void theBudgetStartsAgainWithEachOperation() {
        RecordBudget budget = new RecordBudget(30);
        budget.enter("op 1");
        TraceNode first = new TraceNode(1, StepName.INITIALIZE, null, 0, budget);
        for (int i = 0; i < 10; i++) {
            first.records().add(change(i));
        }
        budget.enter("op 2");
        TraceNode second = new TraceNode(2, StepName.INITIALIZE, null, 0, budget);
        second.records().add(change(1));

        assertThat(((RecordList) first.records()).spilled()).isPositive();
        assertThat(((RecordList) second.records()).spilled()).isZero();
    }

    /** Record i: odd ones are new (no before); every value type a record can hold. */
    private static RecordChange change(int i) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", "Item \u00e9 " + i);
        after.put("qty", (long) i);
        after.put("amount", 10.5 + i);
        after.put("big", 12345678901234L * i);
        after.put("flag", i % 2 == 0);
        after.put("none", null);
        after.put("tags", List.of("a", "b" + i));
        after.put("nested", Map.of("k", List.of(1.25, Map.of("deep", i))));
        after.put("total", i * 3.0);
        Map<String, Object> before = i % 2 == 1 ? null : new LinkedHashMap<>(after);
        if (before != null) {
            before.put("total", null);
        }
        return new RecordChange("r" + i, before, after, List.of(new RecordChange.FieldWrite("total", 3)));
    }

    private static String trace(TraceNode node) {
        OperationTrace op = new OperationTrace(0, "create", "item", null);
        op.status(Status.COMMITTED);
        op.steps().add(node);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceJsonWriter w = new TraceJsonWriter(out, true, true)) {
            w.operationFinished(op);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
