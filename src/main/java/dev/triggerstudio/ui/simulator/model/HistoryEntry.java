package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.Status;

/** A step that touched a record: where in the trace, and the record before and after it. */
public record HistoryEntry(Position position, RecordChange change) {

    /** "#2 update invoice › merge_data — 2 fields changed", marked when its operation rolled back. */
    public String summary() {
        int n = RecordDiff.changedCount(change);
        String what = change.before() == null ? "read from the store"
                : n == 0 ? "unchanged" : n + " field" + (n == 1 ? "" : "s") + " changed";
        String status = position.op().status();
        boolean kept = Status.COMMITTED.equals(status) || Status.OK.equals(status);
        return position.path() + " — " + what + (kept ? "" : " (" + status + ", rolled back)");
    }
}
