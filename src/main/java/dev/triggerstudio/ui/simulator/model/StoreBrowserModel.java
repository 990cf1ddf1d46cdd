package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.engine.RunWhenMatcher;
import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.RunWhen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The store browser: the rows of one object, filtered by Run When conditions evaluated by the
 * engine's own {@link RunWhenMatcher}, so a filter shows exactly the records a trigger with the
 * same conditions would run for.
 */
public final class StoreBrowserModel {
    private ObjectDef object;
    private List<Map<String, Object>> rows = List.of();
    private final List<Condition> conditions = new ArrayList<>();
    private Match match = Match.ALL;

    public void show(ObjectDef value, List<Map<String, Object>> storeRows) {
        if (object == null || value == null || !object.apiName().equals(value.apiName())) {
            conditions.clear();
        }
        this.object = value;
        this.rows = storeRows == null ? List.of() : storeRows;
    }

    public ObjectDef object() {
        return object;
    }

    /** Fields shown as columns: visible fields, then system fields (hidden fields only filter). */
    public List<String> columns() {
        if (object == null) {
            return List.of();
        }
        List<String> cols = new ArrayList<>();
        cols.add("id");
        object.fields().stream().filter(f -> !f.hidden()).forEach(f -> cols.add(f.name()));
        object.systemFieldNames().stream().filter(s -> !s.equals("id")).forEach(cols::add);
        return cols;
    }

    /** Every field a condition may name, hidden ones included (as in the Run When builder). */
    public List<String> filterFields() {
        return object == null ? List.of() : object.allFieldNames();
    }

    /**
     * Adds a condition from what the user typed; the value takes the field's type. For {@code in}
     * and {@code not_in} the value is a comma-separated list.
     */
    public void addCondition(String field, Predicate predicate, String valueText) {
        conditions.add(new Condition(field, predicate, value(field, predicate, valueText)));
    }

    private Object value(String field, Predicate predicate, String text) {
        if (!predicate.takesValue()) {
            return null;
        }
        FieldDef f = object == null ? null : object.field(field).orElse(null);
        if (predicate.takesList()) {
            List<Object> values = new ArrayList<>();
            for (String part : (text == null ? "" : text).split(",")) {
                values.add(CellValues.parse(f == null ? null : f.type(), part.strip()));
            }
            return values;
        }
        return CellValues.parse(f == null ? null : f.type(), text);
    }

    public void removeCondition(int index) {
        conditions.remove(index);
    }

    public void clearConditions() {
        conditions.clear();
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions);
    }

    public Match match() {
        return match;
    }

    public void match(Match value) {
        this.match = value;
    }

    public RunWhen runWhen() {
        return new RunWhen(match, conditions);
    }

    public List<Map<String, Object>> allRows() {
        return rows;
    }

    /** The rows that satisfy the conditions (old record absent: {@code changed} matches none). */
    public List<Map<String, Object>> visibleRows() {
        RunWhen rw = runWhen();
        if (rw.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(r -> RunWhenMatcher.matches(rw, r, null)).toList();
    }

    /** "Status is equal to Paid", for the chips above the table. */
    public static String describe(Condition c) {
        String v = c.predicate().takesValue() ? " " + Values.show(c.value()) : "";
        return c.field() + " " + c.predicate().phrase() + v;
    }
}
