package dev.triggerstudio.store;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.SystemFields;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The UPDATE statements of one operation: each record writes the columns it changes, and
 * consecutive records that change the same columns share a JDBC batch. Objects with more than
 * 63 columns, and records without their stored version, write every column.
 */
final class UpdateBatch {
    private static final int MAX_SHAPES = 32;
    private final Store store;
    private final ObjectDef object;
    private final List<String> columns;
    private final FieldType[] types;
    private final long everyColumn;
    private final java.util.Set<Long> shapes = new java.util.HashSet<>();
    private PreparedStatement current;
    private long currentShape = -1;

    UpdateBatch(Store store, ObjectDef object) {
        this.store = store;
        this.object = object;
        this.columns = object.allFieldNames().stream().filter(c -> !c.equals(SystemFields.ID)).toList();
        this.types = new FieldType[columns.size()];
        for (int i = 0; i < types.length; i++) {
            FieldDef f = object.fieldOrNull(columns.get(i));
            types[i] = f == null ? FieldType.TEXT : f.type();
        }
        this.everyColumn = columns.size() >= 64 ? -1L : (1L << columns.size()) - 1;
    }

    void add(Map<String, Object> record, Map<String, Object> old) throws SQLException {
        long shape = shapeOf(record, old);
        if (shape == 0) {
            return; // nothing the store holds changes
        }
        if (shape != currentShape) {
            flush();
            current = store.updateStatement(object, shape, names(shape));
            currentShape = shape;
        }
        int k = 1;
        for (int i = 0; i < columns.size(); i++) {
            if (writes(shape, i)) {
                current.setObject(k++, ColumnCodec.toColumn(types[i], record.get(columns.get(i))));
            }
        }
        current.setObject(k, record.get(SystemFields.ID));
        current.addBatch();
    }

    void flush() throws SQLException {
        if (current != null) {
            current.executeBatch();
        }
    }

    void clear() {
        try {
            if (current != null) {
                current.clearBatch();
            }
        } catch (SQLException ignored) {
            // a statement is reused only after a successful clear or a fresh prepare
        }
    }

    private long shapeOf(Map<String, Object> record, Map<String, Object> old) {
        if (old == null || everyColumn == -1L) {
            return everyColumn;
        }
        long shape = 0;
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            Object now = record.get(c);
            Object was = old.get(c);
            if (now != was && !Objects.equals(ColumnCodec.toColumn(types[i], now), ColumnCodec.toColumn(types[i], was))) {
                shape |= 1L << i;
            }
        }
        // a bounded number of statements per operation: past it, write whole rows
        if (shape != 0 && !shapes.contains(shape) && shapes.size() >= MAX_SHAPES) {
            return everyColumn;
        }
        shapes.add(shape);
        return shape;
    }

    private List<String> names(long shape) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (writes(shape, i)) {
                names.add(columns.get(i));
            }
        }
        return names;
    }

    /** Whether a record of this shape writes column i (every column when the object has 64 or more). */
    private boolean writes(long shape, int i) {
        return everyColumn == -1L || (shape & (1L << i)) != 0;
    }
}
