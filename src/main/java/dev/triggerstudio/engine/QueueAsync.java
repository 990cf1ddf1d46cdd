package dev.triggerstudio.engine;

import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;

/** Queues Async triggers and automations; they run after return_response. */
final class QueueAsync implements Step {
    @Override
    public StepName name() {
        return StepName.QUEUE_ASYNC;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        int before = op.asyncJobs.size();
        op.nested.queueAsync(op);
        int queued = op.asyncJobs.size() - before;
        if (queued == 0) {
            node.status(Status.SKIPPED);
            node.detail("no async triggers or automations for " + op.object.apiName() + " " + op.kind.jsonName());
        } else {
            List<String> sources = new ArrayList<>();
            op.asyncJobs.subList(before, op.asyncJobs.size()).forEach(j -> sources.add(j.source()));
            node.detail("queued " + String.join(", ", sources));
        }
    }
}
