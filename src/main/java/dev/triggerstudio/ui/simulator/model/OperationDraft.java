package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.RunWhen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An operation being edited: rows of cells. Creates and updates hold record rows; deletes and
 * reads hold one {@code id} cell per row; a list keeps its Run When {@code where} (edited as JSON).
 */
public final class OperationDraft {
    private Operation.Kind op;
    private String object;
    private String user;
    private RunWhen where;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    public OperationDraft(Operation.Kind op, String object) {
        this.op = op;
        this.object = object;
    }

    static OperationDraft of(Operation o) {
        OperationDraft d = new OperationDraft(o.op(), o.object());
        d.user = o.user();
        d.where = o.where();
        if (o.records() != null) {
            o.records().forEach(r -> d.rows.add(new LinkedHashMap<>(r)));
        }
        if (o.ids() != null) {
            o.ids().forEach(id -> d.rows.add(new LinkedHashMap<>(Map.of("id", id))));
        }
        return d;
    }

    Operation toOperation() {
        List<Map<String, Object>> records = null;
        List<String> ids = null;
        if (op == Operation.Kind.CREATE || op == Operation.Kind.UPDATE) {
            records = rows.stream().map(r -> (Map<String, Object>) new LinkedHashMap<>(r)).toList();
        } else if (op == Operation.Kind.DELETE || op == Operation.Kind.READ) {
            ids = rows.stream().map(r -> r.get("id")).filter(v -> v != null).map(Object::toString).toList();
        }
        return new Operation(op, object, records, ids, op == Operation.Kind.LIST ? where : null, user);
    }

    public boolean holdsRecords() {
        return op == Operation.Kind.CREATE || op == Operation.Kind.UPDATE;
    }

    public boolean holdsIds() {
        return op == Operation.Kind.DELETE || op == Operation.Kind.READ;
    }

    public Operation.Kind op() {
        return op;
    }

    public void op(Operation.Kind value) {
        this.op = value;
    }

    public String object() {
        return object;
    }

    public void object(String value) {
        this.object = value;
    }

    public String user() {
        return user;
    }

    public List<Map<String, Object>> rows() {
        return rows;
    }

    /** "#0 create invoice (2)". */
    public String title(int index) {
        return "#" + index + " " + op.jsonName() + " " + object + (op == Operation.Kind.LIST ? "" : " (" + rows.size() + ")");
    }
}
