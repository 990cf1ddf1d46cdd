package dev.triggerstudio.trace;

/**
 * How much of its record snapshots ({@link RecordList}) one operation of a run may hold in memory
 * before the rest go to a spill file, counted in field values (a before and an after of a
 * ten-field record are twenty), since a wide record costs more than a narrow one. An operation of
 * a few hundred records never reaches it, so small runs and the IDE work on plain objects; a
 * 100 000-record operation keeps a bounded amount in memory whatever its size. The count starts
 * again with each operation: the trace writer writes an operation and forgets it when it finishes.
 */
public final class RecordBudget {
    /** About 10 MB of snapshots (a field value in a map costs some 60 to 100 bytes). */
    public static final int HELD_PER_OPERATION = 120_000;

    private final int limit;
    private LineSpill spill;
    private Object operation;
    private int held;

    public RecordBudget(int limit) {
        this.limit = limit;
    }

    /** Nodes of this operation (a batch operation with its nested ones, or an async job) come next. */
    public void enter(Object operationTrace) {
        if (operationTrace != operation) {
            operation = operationTrace;
            held = 0;
        }
    }

    /** A list for a new node's records, counted against this budget. */
    public RecordList newList() {
        return new RecordList(this);
    }

    /** Takes a record's field values from the budget; false when the operation has used it up. */
    boolean take(RecordChange change) {
        if (held >= limit) {
            return false;
        }
        held += 1 + size(change.before()) + size(change.after());
        return true;
    }

    private static int size(java.util.Map<String, Object> values) {
        return values == null ? 0 : values.size();
    }

    /** The run's file for records past the budget, created on first need. */
    synchronized LineSpill spill() {
        if (spill == null) {
            spill = LineSpill.create("studio-records-");
        }
        return spill;
    }
}
