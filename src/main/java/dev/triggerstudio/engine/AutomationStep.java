package dev.triggerstudio.engine;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;

/** before_automations / after_automations: no-code Record Trigger Automations, in order. */
final class AutomationStep implements Step {
    private final StepName name;
    private final Timing timing;

    AutomationStep(StepName name, Timing timing) {
        this.name = name;
        this.timing = timing;
    }

    @Override
    public StepName name() {
        return name;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        List<AutomationDef> automations = op.sim.automations(op.object, timing, op.kind);
        if (automations.isEmpty()) {
            node.status(Status.SKIPPED);
            node.detail("no active " + timing.jsonName() + " automations on " + op.object.apiName() + " for " + op.kind.jsonName());
            return;
        }
        for (AutomationDef a : automations) {
            runOne(op, node, a, op.records);
        }
        node.detail(automations.size() + " automation" + (automations.size() == 1 ? "" : "s"));
    }

    /** Runs one automation on the records that pass its Run When; also used by async jobs. */
    static void runOne(OperationRun op, TraceNode node, AutomationDef a, List<Rec> records) {
        TraceNode child = op.sim.node(StepName.AUTOMATION, a.source(), op.depth);
        node.children().add(child);
        op.sim.started(op, node, child);
        long t0 = System.nanoTime();
        try {
            List<Rec> passing = records.stream().filter(r -> RunWhenMatcher.matches(a.runWhen(), r.values, r.old)).toList();
            if (passing.isEmpty()) {
                child.status(Status.SKIPPED);
                child.detail("Run When matched none of the " + records.size() + " record" + (records.size() == 1 ? "" : "s"));
                return;
            }
            child.detail("ran on " + passing.size() + " of " + records.size() + " record" + (records.size() == 1 ? "" : "s"));
            boolean editable = a.timing() == dev.triggerstudio.model.Timing.BEFORE;
            op.editedByScripts |= editable;
            NodeEffects effects = editable ? NodeEffects.ofRecs(op.sim, passing) : null;
            try {
                for (Action action : a.actions()) {
                    new AutomationActions(op, a, child).apply(action, passing);
                }
            } finally {
                if (effects != null) {
                    effects.recordRecs(child, passing);
                }
            }
        } catch (Refusal r) {
            child.status(r.kind() == Refusal.Kind.REJECTED ? Status.REJECTED : Status.FAILED);
            String source = r.source() != null ? r.source() : a.source();
            child.error(new TraceError(r.getMessage(), null, source, null));
            throw new Refusal(r.kind(), r.getMessage(), source, null);
        } finally {
            child.durationUs((System.nanoTime() - t0) / 1000);
            op.sim.finished(op, child);
        }
    }
}
