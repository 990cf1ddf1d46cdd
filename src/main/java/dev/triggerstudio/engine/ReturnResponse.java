package dev.triggerstudio.engine;

import dev.triggerstudio.model.Operation;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the operation returns: saved, deleted or fetched records. */
final class ReturnResponse implements Step {
    @Override
    public StepName name() {
        return StepName.RETURN_RESPONSE;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        List<Map<String, Object>> out = new ArrayList<>(op.records.size());
        for (Rec r : op.records) {
            // the records are done with once returned, so no copy is needed
            out.add(op.kind == Operation.Kind.DELETE ? r.old : r.values);
        }
        op.response = out;
        node.detail("returned " + out.size() + " record" + (out.size() == 1 ? "" : "s"));
    }
}
