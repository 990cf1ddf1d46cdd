package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.trace.RecordChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Side-by-side rows of a record before and after a step. */
public final class RecordDiff {
    private RecordDiff() {
    }

    /**
     * One row per field: the object's fields in their declared order, then any other keys sorted.
     * A record the step brought in (no before) counts every non-empty after value as changed.
     */
    public static List<DiffRow> rows(RecordChange change, ObjectDef object) {
        Map<String, Object> before = change.before() == null ? Map.of() : change.before();
        Map<String, Object> after = change.after() == null ? Map.of() : change.after();
        List<DiffRow> rows = new ArrayList<>();
        for (String field : fieldOrder(before, after, object)) {
            Object b = before.get(field);
            Object a = after.get(field);
            boolean changed = !Values.same(b, a) || before.containsKey(field) != after.containsKey(field);
            rows.add(new DiffRow(field, b, a, changed));
        }
        return rows;
    }

    public static int changedCount(RecordChange change) {
        return (int) rows(change, null).stream().filter(DiffRow::changed).count();
    }

    private static Set<String> fieldOrder(Map<String, Object> before, Map<String, Object> after, ObjectDef object) {
        Set<String> present = new TreeSet<>(before.keySet());
        present.addAll(after.keySet());
        Set<String> order = new LinkedHashSet<>();
        if (object != null) {
            object.allFieldNames().stream().filter(present::contains).forEach(order::add);
        }
        order.addAll(present);
        return order;
    }
}
