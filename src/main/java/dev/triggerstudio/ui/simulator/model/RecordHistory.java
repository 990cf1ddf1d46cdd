package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.StepName;
import java.util.ArrayList;
import java.util.List;

/** A record's history across a trace: every step that changed it, in the order they ran. */
public final class RecordHistory {
    private RecordHistory() {
    }

    public static List<HistoryEntry> of(String id, StepCursor cursor) {
        List<HistoryEntry> out = new ArrayList<>();
        for (Position p : cursor.positions()) {
            for (RecordChange c : p.step().records()) {
                if (id.equals(c.id()) && (RecordDiff.changedCount(c) > 0 || StepName.of(p.step().step()).map(StepName::isDatabaseWrite).orElse(false))) {
                    out.add(new HistoryEntry(p, c));
                }
            }
        }
        return out;
    }
}
