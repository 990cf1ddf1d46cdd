package dev.triggerstudio.engine;

import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * before_triggers / after_triggers: every active trigger of the object, timing and event, in
 * order (ties by id), chunk by chunk, each on the records that pass its Run When.
 */
final class TriggerStep extends UserCodeStep<TriggerDef> {

    TriggerStep(StepName name, Timing timing) {
        super(name, timing, "triggers", RunContext::triggers);
    }

    @Override
    String runAll(OperationRun op, TraceNode node, List<TriggerDef> triggers) {
        int size = op.ctx.limits().chunkSize();
        int chunks = Math.max(1, (op.records.size() + size - 1) / size);
        for (int c = 0; c < chunks; c++) {
            List<Rec> chunk = op.records.subList(c * size, Math.min(op.records.size(), (c + 1) * size));
            for (TriggerDef t : triggers) {
                runOne(op, node, t, chunk, c + 1, chunks);
            }
        }
        return count(triggers.size(), "trigger") + (chunks > 1 ? " over " + chunks + " chunks" : "");
    }

    private void runOne(OperationRun op, TraceNode node, TriggerDef t, List<Rec> chunk, int c, int chunks) {
        TraceNode child = op.tracer.startChild(op, node, StepName.TRIGGER, t.source(), op.depth);
        op.tracer.timed(op, child, () -> {
            String where = chunks > 1 ? "chunk " + c + "/" + chunks + ": " : "";
            List<Rec> passing = passing(child, t.runWhen(), chunk, where, " (" + t.language().jsonName() + ")");
            if (!passing.isEmpty()) {
                execute(op, t, passing, child, c, chunks);
            }
        });
    }

    private void execute(OperationRun op, TriggerDef t, List<Rec> passing, TraceNode child, int c, int chunks) {
        boolean editable = timing == Timing.BEFORE;
        op.editedByScripts |= editable;
        List<RecordPair> pairs = new ArrayList<>(passing.size());
        for (Rec r : passing) {
            Map<String, Object> rec = editable ? r.values : Values.deepCopy(r.values);
            pairs.add(new RecordPair(r.id, rec, r.old == null ? null : Values.deepCopy(r.old)));
        }
        // After triggers' edits are ignored (a warning says so), so only Before triggers have an effect to list
        NodeEffects effects = editable ? NodeEffects.ofRecs(op.tracer, passing) : null;
        TriggerLines lines = TriggerLines.on(op, child);
        try {
            TriggerRunner.run(op, t, timing, pairs, child, c, chunks, lines);
        } finally {
            if (effects != null) {
                effects.recordRecs(child, passing, lines);
            }
        }
        if (!editable && op.kind != Operation.Kind.DELETE) {
            warnIgnoredEdits(passing, pairs, child);
        }
    }

    private static void warnIgnoredEdits(List<Rec> passing, List<RecordPair> pairs, TraceNode child) {
        for (int i = 0; i < passing.size(); i++) {
            if (!passing.get(i).values.equals(pairs.get(i).record())) {
                child.log("warning", "changes to record " + passing.get(i).id
                        + " in an After trigger are ignored; update it with a nested operation instead");
            }
        }
    }
}
