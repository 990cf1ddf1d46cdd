package dev.triggerstudio.engine;

import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;

/**
 * The order of operations of docs/architecture.md#the-lifecycle-pipeline, readable next to the spec. Each step runs inside a
 * collector that records its outcome in the trace before a refusal travels on.
 */
final class Lifecycle {
    private static final Step INITIALIZE = new Initialize();
    private static final Step FETCH_OLD = new FetchOldData();
    private static final Step PERMISSIONS = new CheckPermissions();
    private static final Step VALIDATE = new ValidateSystem();
    private static final Step HYDRATE = new Hydrate();
    private static final Step MERGE = new MergeData();
    private static final Step LOOKUPS = new ResolveLookups();
    private static final Step FORMAT = new FormatFields();
    private static final Step BEFORE_TRIGGERS = new TriggerStep(StepName.BEFORE_TRIGGERS, Timing.BEFORE);
    private static final Step BEFORE_AUTOMATIONS = new AutomationStep(StepName.BEFORE_AUTOMATIONS, Timing.BEFORE);
    private static final Step INSERT = new DatabaseInsert();
    private static final Step UPDATE = new DatabaseUpdate();
    private static final Step DELETE = new DatabaseDelete();
    private static final Step AFTER_TRIGGERS = new TriggerStep(StepName.AFTER_TRIGGERS, Timing.AFTER);
    private static final Step AFTER_AUTOMATIONS = new AutomationStep(StepName.AFTER_AUTOMATIONS, Timing.AFTER);
    private static final Step POST_PROCESS = new PostProcess();
    private static final Step QUEUE_ASYNC = new QueueAsync();
    private static final Step RESPONSE = new ReturnResponse();
    private static final Step FETCH_RECORDS = new FetchRecords();

    static final List<Step> CREATE = List.of(INITIALIZE, PERMISSIONS, VALIDATE, HYDRATE, LOOKUPS, FORMAT,
            BEFORE_TRIGGERS, BEFORE_AUTOMATIONS, INSERT, AFTER_TRIGGERS, AFTER_AUTOMATIONS, POST_PROCESS, QUEUE_ASYNC,
            RESPONSE);
    static final List<Step> UPDATE_FLOW = List.of(INITIALIZE, FETCH_OLD, PERMISSIONS, VALIDATE, MERGE, LOOKUPS, FORMAT,
            BEFORE_TRIGGERS, BEFORE_AUTOMATIONS, UPDATE, AFTER_TRIGGERS, AFTER_AUTOMATIONS, POST_PROCESS, QUEUE_ASYNC,
            RESPONSE);
    static final List<Step> DELETE_FLOW = List.of(INITIALIZE, FETCH_OLD, PERMISSIONS, VALIDATE, BEFORE_TRIGGERS,
            BEFORE_AUTOMATIONS, DELETE, AFTER_TRIGGERS, AFTER_AUTOMATIONS, POST_PROCESS, QUEUE_ASYNC, RESPONSE);
    static final List<Step> READ_FLOW = List.of(INITIALIZE, PERMISSIONS, FETCH_RECORDS, BEFORE_TRIGGERS, RESPONSE);

    private Lifecycle() {
    }

    static List<Step> flow(Operation.Kind kind) {
        return switch (kind) {
            case CREATE -> CREATE;
            case UPDATE -> UPDATE_FLOW;
            case DELETE -> DELETE_FLOW;
            case READ, LIST -> READ_FLOW;
        };
    }

    /** Runs every step in order; a refusal leaves the step marked and travels to the caller. */
    static void run(OperationRun op) {
        for (Step step : flow(op.kind)) {
            runStep(op, step);
        }
    }

    private static void runStep(OperationRun op, Step step) {
        TraceNode node = op.tracer.startStep(op, step.name(), null);
        StepSnapshot before = op.tracer.wantsRecords() ? StepSnapshot.of(op.records) : null;
        op.tracer.timed(op, node, () -> {
            try {
                step.run(op, node);
            } catch (Refusal r) {
                throw r.at(step.name());
            } catch (RuntimeException e) {
                throw Refusal.failed(Failures.unexpected(step.name().jsonName(), e)).at(step.name());
            } finally {
                if (before != null) {
                    recordChanges(op, step, node, before);
                }
            }
        });
    }

    private static void recordChanges(OperationRun op, Step step, TraceNode node, StepSnapshot before) {
        if (!node.records().isEmpty()) {
            return; // the step listed its records itself
        }
        for (Rec r : op.records) {
            boolean had = before.had(r);
            if (step.listsAllRecords() || !had || !before.unchanged(r)) {
                node.records().add(new RecordChange(r.traceId(), had ? before.before(r) : null, Values.deepCopy(r.values)));
            }
        }
    }
}
