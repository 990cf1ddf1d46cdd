package dev.triggerstudio.ui.simulator.model;

/** A step that touched a record: where in the trace, and the record before and after it. */
public record HistoryEntry(Position position, Change change) {

    public String summary() {
        int n = RecordDiff.changedCount(change);
        return position.path() + " — " + (n == 0 ? "unchanged" : n + " field" + (n == 1 ? "" : "s") + " changed");
    }
}
