package dev.triggerstudio.engine;

import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one trigger or automation changed (docs/architecture.md#the-trace-and-its-listeners): each record as the node received it and
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
    static NodeEffects snapshot(Tracer tracer, List<String> ids, List<Map<String, Object>> records) {
        if (!tracer.wantsRecords()) {
            return null;
        }
        List<Map<String, Object>> copies = new ArrayList<>(records.size());
        records.forEach(r -> copies.add(Values.deepCopy(r)));
        return new NodeEffects(ids, copies);
    }

    static NodeEffects ofRecs(Tracer tracer, List<Rec> recs) {
        if (!tracer.wantsRecords()) {
            return null;
        }
        List<String> ids = new ArrayList<>(recs.size());
        List<Map<String, Object>> values = new ArrayList<>(recs.size());
        for (Rec r : recs) {
            ids.add(r.traceId());
            values.add(r.values);
        }
        return snapshot(tracer, ids, values);
    }

    /** Lists on node every record whose state now differs from the snapshot. */
    void record(TraceNode node, List<Map<String, Object>> now, TriggerLines lines) {
        for (int i = 0; i < before.size(); i++) {
            Map<String, Object> after = now.get(i);
            if (!before.get(i).equals(after)) {
                Map<String, Object> copy = Values.deepCopy(after);
                node.records().add(new RecordChange(ids.get(i), before.get(i), copy,
                        lines == null ? null : lines.writes(i, before.get(i), copy)));
            }
        }
    }

    /** @param lines the node's line recorder, whose writes go with each record, or null */
    void recordRecs(TraceNode node, List<Rec> recs, TriggerLines lines) {
        List<Map<String, Object>> now = new ArrayList<>(recs.size());
        recs.forEach(r -> now.add(r.values));
        record(node, now, lines);
    }
}
