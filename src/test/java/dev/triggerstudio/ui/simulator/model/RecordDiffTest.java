package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.trace.RecordChange;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordDiffTest {
    private static final ObjectDef INVOICE = new ObjectDef("invoice", "Invoice", "number", true,
            List.of(FieldDef.of("number", FieldType.TEXT), FieldDef.of("total", FieldType.NUMBER),
                    FieldDef.of("status", FieldType.PICKLIST)));

    @Test
    void marksOnlyTheFieldsWhoseValueChanged() {
        RecordChange c = new RecordChange("i1", Map.of("number", "A", "total", 5, "status", "Draft"),
                Map.of("number", "A", "total", 7, "status", "Draft"));

        List<DiffRow> rows = RecordDiff.rows(c, INVOICE);

        assertThat(rows).filteredOn(DiffRow::changed).extracting(DiffRow::field).containsExactly("total");
        assertThat(RecordDiff.changedCount(c)).isEqualTo(1);
    }

    @Test
    void readsFourHundredAndFourHundredPointZeroAsTheSame() {
        RecordChange c = new RecordChange("i1", Map.of("total", 400), Map.of("total", 400.0));

        assertThat(RecordDiff.rows(c, INVOICE)).noneMatch(DiffRow::changed);
    }

    @Test
    void countsAFieldThatAppearsAsChangedEvenWhenItsValueIsNull() {
        Map<String, Object> after = new HashMap<>();
        after.put("total", null);

        assertThat(RecordDiff.rows(new RecordChange("i1", Map.of(), after), INVOICE)).allMatch(DiffRow::changed);
    }

    @Test
    void listsTheObjectsFieldsInTheirOrderThenTheRestSorted() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("zeta", 1);
        after.put("status", "Sent");
        after.put("alpha", 2);
        after.put("number", "A");

        List<DiffRow> rows = RecordDiff.rows(new RecordChange("i1", null, after), INVOICE);

        assertThat(rows).extracting(DiffRow::field).containsExactly("number", "status", "alpha", "zeta");
        assertThat(rows).allMatch(DiffRow::changed);
    }
}
