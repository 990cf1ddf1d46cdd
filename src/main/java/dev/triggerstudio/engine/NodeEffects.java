package dev.triggerstudio.engine;

import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one trigger or automation changed (DESIGN §6): each record as the node received it and
 * as it left it, so a phase's diff is the sum of its children's. Only taken when the trace
 * wants records; the snapshot is the deep copy the diff needs anyway.
 */
final class NodeEffects {
    private final List<String> ids;
    private final List<Map<String, Object>> before;

    private NodeEffects(List<String> ids, List<Map<String, Object>> before) {
        this.ids = ids;
        this.before = before;
    }

    /** Null when the trace takes no records, so callers pay nothing then. */
    static NodeEffects snapshot(Simulation sim, List<String> ids, List<Map<String, Object>> records) {
        if (!sim.wantsRecords()) {
            return null;
        }
        List<Map<String, Object>> copies = new ArrayList<>(records.size());
        records.forEach(r -> copies.add(Values.deepCopy(r)));
        return new NodeEffects(ids, copies);
    }

    static NodeEffects ofRecs(Simulation sim, List<Rec> recs) {
        if (!sim.wantsRecords()) {
            return null;
        }
        List<String> ids = new ArrayList<>(recs.size());
        List<Map<String, Object>> values = new ArrayList<>(recs.size());
        for (Rec r : recs) {
            ids.add(r.traceId());
            values.add(r.values);
        }
        return snapshot(sim, ids, values);
    }

    /** Lists on node every record whose state now differs from the snapshot. */
    void record(TraceNode node, List<Map<String, Object>> now) {
        for (int i = 0; i < before.size(); i++) {
            Map<String, Object> after = now.get(i);
            if (!before.get(i).equals(after)) {
                node.records().add(new RecordChange(ids.get(i), before.get(i), Values.deepCopy(after)));
            }
        }
    }

    void recordRecs(TraceNode node, List<Rec> recs) {
        List<Map<String, Object>> now = new ArrayList<>(recs.size());
        recs.forEach(r -> now.add(r.values));
        record(node, now);
    }
}
