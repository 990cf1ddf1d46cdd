package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Predicate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreBrowserModelTest {
    private static final FieldDef NOTE = new FieldDef("note", FieldType.TEXT, null, false, false, null, null, null, null, true);
    private static final ObjectDef INVOICE = new ObjectDef("invoice", "Invoice", "number", false,
            List.of(FieldDef.of("number", FieldType.TEXT), FieldDef.of("total", FieldType.NUMBER),
                    FieldDef.of("status", FieldType.PICKLIST), NOTE));
    private static final List<Map<String, Object>> ROWS = List.of(
            Map.of("id", "a", "number", "INV-1", "total", 50.0, "status", "Draft"),
            Map.of("id", "b", "number", "INV-2", "total", 500.0, "status", "Paid", "note", "vip"),
            Map.of("id", "c", "number", "CR-3", "total", 900.0, "status", "Sent"));

    private StoreBrowserModel browser() {
        StoreBrowserModel m = new StoreBrowserModel();
        m.show(INVOICE, ROWS);
        return m;
    }

    @Test
    void filtersRowsWithRunWhenConditionsTypedAsText() {
        StoreBrowserModel m = browser();

        m.addCondition("total", Predicate.GREATER_THAN, "100");
        m.addCondition("number", Predicate.STARTS_WITH, "inv");

        assertThat(m.visibleRows()).extracting(r -> r.get("id")).containsExactly("b");
    }

    @Test
    void matchesAnyConditionWhenAskedTo() {
        StoreBrowserModel m = browser();
        m.match(Match.ANY);

        m.addCondition("status", Predicate.IN, "Draft, Sent");
        m.addCondition("note", Predicate.IS_NOT_EMPTY, "");

        assertThat(m.visibleRows()).extracting(r -> r.get("id")).containsExactly("a", "b", "c");
        m.removeCondition(1);
        assertThat(m.visibleRows()).extracting(r -> r.get("id")).containsExactly("a", "c");
    }

    @Test
    void hidesHiddenFieldsFromTheTableButOffersThemToTheFilter() {
        StoreBrowserModel m = browser();

        assertThat(m.columns()).contains("number", "total").doesNotContain("note").startsWith("id");
        assertThat(m.filterFields()).contains("note");
    }

    @Test
    void saysAConditionTheWayTheRunWhenBuilderDoes() {
        StoreBrowserModel m = browser();
        m.addCondition("total", Predicate.GREATER_OR_EQUAL, "10");

        assertThat(StoreBrowserModel.describe(m.conditions().getFirst())).isEqualTo("total is greater than or equal to 10");
    }
}
