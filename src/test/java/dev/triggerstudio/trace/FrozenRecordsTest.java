package dev.triggerstudio.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Freezing reaches into the records: nested values (a lookup, a multi-select) refuse changes too. */
class FrozenRecordsTest {

    @Test
    void aFrozenNodesRecordsAndTheirNestedValuesRefuseChanges() {
        TraceNode node = new TraceNode(1, StepName.BEFORE_TRIGGERS, null, 0);
        Map<String, Object> after = record();
        List<RecordChange.FieldWrite> writes = new ArrayList<>(List.of(new RecordChange.FieldWrite("total", 3)));
        node.records().add(new RecordChange("r1", record(), after, writes));
        node.freeze();
        RecordChange c = node.records().getFirst();

        assertThatThrownBy(() -> c.after().put("total", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.before().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lookup(c.after()).put("name", "Evil")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tags(c.after()).add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.writes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.after()).isEqualTo(record());
        assertThat(record()).isEqualTo(c.after());
    }

    @Test
    void aFrozenOperationsRecordsRefuseChangesAllTheWayDown() {
        OperationTrace op = new OperationTrace(0, "read", "invoice", null);
        op.records(new ArrayList<>(List.of(record())));
        op.freeze();

        assertThatThrownBy(() -> op.records().getFirst().remove("total")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lookup(op.records().getFirst()).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(op.records()).containsExactly(record());
    }

    @Test
    void aRecordSpilledToDiskIsReadBackReadOnlyOnceFrozen() {
        TraceNode node = new TraceNode(1, StepName.BEFORE_TRIGGERS, null, 0, new RecordBudget(0));
        node.records().add(new RecordChange("r1", null, record()));
        node.freeze();
        RecordChange c = node.records().getFirst();

        assertThatThrownBy(() -> c.after().put("total", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lookup(c.after()).put("name", "Evil")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.after()).containsEntry("total", 1).containsKey("note");
    }

    @Test
    void anOpenNodesRecordsAreTheEnginesOwn() {
        TraceNode node = new TraceNode(1, StepName.BEFORE_TRIGGERS, null, 0);
        node.records().add(new RecordChange("r1", null, record()));

        node.records().getFirst().after().put("total", 2);

        assertThat(node.records().getFirst().after()).containsEntry("total", 2);
    }

    private static Map<String, Object> record() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("total", 1);
        r.put("note", null);
        r.put("account", new LinkedHashMap<>(Map.of("id", "a1", "name", "Acme")));
        r.put("tags", new ArrayList<>(List.of("a", "b")));
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lookup(Map<String, Object> record) {
        return (Map<String, Object>) record.get("account");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> tags(Map<String, Object> record) {
        return (List<Object>) record.get("tags");
    }
}
