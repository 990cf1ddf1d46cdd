package dev.triggerstudio.engine;

import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.User;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs a batch's operations one by one, each in its own transaction, then the async jobs it
 * queued, each in its own transaction, before the next operation.
 */
final class BatchRunner {
    private final RunContext ctx;
    private final Tracer tracer;
    private final NestedOperations nested;
    private final BooleanSupplier cancelled;

    BatchRunner(RunContext ctx, Tracer tracer, BooleanSupplier cancelled) {
        this.ctx = ctx;
        this.tracer = tracer;
        this.nested = new NestedOperations(ctx, tracer, Lifecycle::run);
        this.cancelled = cancelled;
    }

    User user(String override, String named) {
        String id = override != null ? override : named != null ? named : ctx.project().settings().defaultUser();
        if (id == null) {
            return ctx.systemUser();
        }
        return ctx.project().user(id).orElseThrow(() -> new IllegalArgumentException("unknown user \"" + id
                + "\"; add it to users.json"));
    }

    void runTopLevel(int index, Operation raw, User user, Map<String, String> refs, List<OperationTrace> ops,
                     List<OperationTrace> async) {
        ObjectDef object = ctx.project().objects().get(raw.object());
        OperationTrace trace = new OperationTrace(index, raw.op().jsonName(), raw.object(), null);
        tracer.listener().operationStarted(trace);
        List<AsyncJob> jobs = new ArrayList<>();
        ctx.clock().tick();
        Operation op = raw;
        OperationRun run = null;
        try {
            op = Refs.substitute(raw, refs);
            run = new OperationRun(ctx, tracer, nested, op.op(), object, user, trace, op.ids(), op.where(), jobs);
            checkCancelled();
            Records.buildFromBatch(run, op.records(), op.ids());
            Lifecycle.run(run);
            commit();
            trace.status(Status.COMMITTED);
            trace.records(run.response);
            run.records.stream().filter(r -> r.ref != null).forEach(r -> refs.put(r.ref, r.id));
        } catch (Refusal r) {
            rollback();
            trace.status(r.status());
            trace.error(r.traceError(StepName.INITIALIZE));
        }
        trace.freeze(); // listeners keep it as it is now: nothing writes to a finished operation
        tracer.listener().operationFinished(trace);
        ops.add(trace);
        if (Status.COMMITTED.equals(trace.status())) {
            jobs.forEach(job -> async.add(runAsync(job)));
        }
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw Refusal.failed("cancelled by the user");
        }
    }

    private void commit() {
        ctx.store().setMeta("clock", ctx.clock().now());
        ctx.store().setMeta("id_counter", Long.toString(ctx.ids().counter()));
        ctx.store().commit();
        ctx.clock().commit();
        ctx.ids().commit();
    }

    private void rollback() {
        ctx.store().rollback();
        ctx.clock().rollback();
        ctx.ids().rollback();
        ctx.lookups().forget();
        ctx.sql().clear();
    }

    private OperationTrace runAsync(AsyncJob job) {
        OperationTrace trace = new OperationTrace(job.operationIndex(), "async", job.object().apiName(), job.source());
        tracer.listener().operationStarted(trace);
        Operation.Kind kind = kindOf(job.event());
        OperationRun run = new OperationRun(ctx, tracer, nested, kind, job.object(), job.user(), trace, null, null,
                new ArrayList<>());
        for (int i = 0; i < job.records().size(); i++) {
            Map<String, Object> values = job.records().get(i);
            // queue_async kept a copy of its own: the job's records are nobody else's
            Rec r = Rec.sharingInput(i, null, (String) values.get("id"), values);
            r.old = job.olds().get(i);
            run.records.add(r);
        }
        TraceNode holder = tracer.startStep(run, StepName.ASYNC, job.source());
        tracer.timed(run, holder, () -> {
            try {
                execute(run, job, holder);
                ctx.store().executeRepeated("UPDATE _studio_async_queue SET status = 'ok' WHERE seq = (SELECT min(seq) FROM"
                        + " _studio_async_queue WHERE source = ? AND status = 'queued')", job.source());
                commit();
                trace.status(Status.OK);
            } catch (Refusal r) {
                rollback();
                holder.status(Status.FAILED);
                TraceError error = new TraceError(r.getMessage(), StepName.ASYNC.jsonName(),
                        r.source() != null ? r.source() : job.source(), r.line());
                holder.error(error);
                trace.status(Status.FAILED);
                trace.error(error);
                recordFailure(job, r.getMessage());
            }
        });
        trace.freeze();
        tracer.listener().operationFinished(trace);
        return trace;
    }

    private void execute(OperationRun run, AsyncJob job, TraceNode holder) {
        holder.detail(job.source() + " on " + run.records.size() + " record" + (run.records.size() == 1 ? "" : "s"));
        if (job.automation() != null) {
            AutomationStep.runOne(run, holder, job.automation(), run.records);
            return;
        }
        TraceNode child = tracer.startChild(run, holder, StepName.TRIGGER, job.source(), 0);
        tracer.timed(run, child, () -> {
            List<RecordPair> pairs = new ArrayList<>();
            run.records.forEach(r -> pairs.add(new RecordPair(r.id, r.values, r.old)));
            child.detail("ran on " + pairs.size() + " record" + (pairs.size() == 1 ? "" : "s") + " ("
                    + job.trigger().language().jsonName() + ")");
            TriggerRunner.run(run, job.trigger(), Timing.ASYNC, pairs, child, 1, 1, TriggerLines.on(run, child));
        });
    }

    private void recordFailure(AsyncJob job, String message) {
        ctx.store().execute("UPDATE _studio_async_queue SET status = 'failed', error = ? WHERE seq = (SELECT min(seq) FROM"
                + " _studio_async_queue WHERE source = ? AND status = 'queued')", message, job.source());
        ctx.store().commit();
    }

    private static Operation.Kind kindOf(Event e) {
        return switch (e) {
            case CREATE -> Operation.Kind.CREATE;
            case UPDATE -> Operation.Kind.UPDATE;
            case DELETE -> Operation.Kind.DELETE;
            default -> Operation.Kind.READ;
        };
    }
}
