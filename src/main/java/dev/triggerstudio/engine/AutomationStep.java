package dev.triggerstudio.engine;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;

/** before_automations / after_automations: no-code Record Trigger Automations, in order. */
final class AutomationStep extends UserCodeStep<AutomationDef> {

    AutomationStep(StepName name, Timing timing) {
        super(name, timing, "automations", RunContext::automations);
    }

    @Override
    String runAll(OperationRun op, TraceNode node, List<AutomationDef> automations) {
        for (AutomationDef a : automations) {
            runOne(op, node, a, op.records);
        }
        return count(automations.size(), "automation");
    }

    /** Runs one automation on the records that pass its Run When; also used by async jobs. */
    static void runOne(OperationRun op, TraceNode node, AutomationDef a, List<Rec> records) {
        TraceNode child = op.tracer.startChild(op, node, StepName.AUTOMATION, a.source(), op.depth);
        op.tracer.timed(op, child, () -> {
            List<Rec> passing = passing(child, a.runWhen(), records, "", "");
            if (passing.isEmpty()) {
                return;
            }
            boolean editable = a.timing() == Timing.BEFORE;
            op.editedByScripts |= editable;
            NodeEffects effects = editable ? NodeEffects.ofRecs(op.tracer, passing) : null;
            try {
                for (Action action : a.actions()) {
                    new AutomationActions(op, a, child).apply(action, passing);
                }
            } catch (Refusal r) {
                // the automation answers for what it started: its source, no step or line of its own
                throw new Refusal(r.kind(), r.getMessage(), r.source() != null ? r.source() : a.source(), null);
            } finally {
                if (effects != null) {
                    effects.recordRecs(child, passing, null);
                }
            }
        });
    }
}
