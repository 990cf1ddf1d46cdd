package dev.triggerstudio.engine;

import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.User;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The state of one operation (top-level or nested) as it goes through the lifecycle. */
final class OperationRun {
    final RunContext ctx;
    final Tracer tracer;
    final NestedOperations nested;
    final Operation.Kind kind;
    final ObjectDef object;
    final User user;
    final int depth;
    final Limiter limiter;
    final OperationTrace trace;
    /** Where this operation's steps hang: null for a top-level operation, else its nested node. */
    final TraceNode parent;
    final List<Rec> records = new ArrayList<>();
    final List<String> ids;
    final RunWhen where;
    final String now;
    final List<AsyncJob> asyncJobs;
    List<Map<String, Object>> response = List.of();
    /** Set once a Before trigger or automation may have edited the records' values. */
    boolean editedByScripts;
    String pendingRejection;
    Integer pendingRejectionLine;
    String pendingRejectionSource;

    /** A top-level operation of a batch, or the run of an async job. */
    OperationRun(RunContext ctx, Tracer tracer, NestedOperations nested, Operation.Kind kind, ObjectDef object, User user,
                 OperationTrace trace, List<String> ids, RunWhen where, List<AsyncJob> asyncJobs) {
        this(ctx, tracer, nested, kind, object, user, 0, new Limiter(ctx.limits()), trace, null, ids, where, asyncJobs);
    }

    /** A nested operation of parent: same limits, trace and async jobs, one level deeper, under node. */
    OperationRun(OperationRun parent, Operation.Kind kind, ObjectDef object, User user, int depth, TraceNode node,
                 List<String> ids) {
        this(parent.ctx, parent.tracer, parent.nested, kind, object, user, depth, parent.limiter, parent.trace, node, ids,
                null, parent.asyncJobs);
    }

    private OperationRun(RunContext ctx, Tracer tracer, NestedOperations nested, Operation.Kind kind, ObjectDef object,
                         User user, int depth, Limiter limiter, OperationTrace trace, TraceNode parent, List<String> ids,
                         RunWhen where, List<AsyncJob> asyncJobs) {
        this.ctx = ctx;
        this.tracer = tracer;
        this.nested = nested;
        this.kind = kind;
        this.object = object;
        this.user = user;
        this.depth = depth;
        this.limiter = limiter;
        this.trace = trace;
        this.parent = parent;
        this.ids = ids == null ? List.of() : ids;
        this.where = where;
        this.now = ctx.clock().now();
        this.asyncJobs = asyncJobs;
    }

    boolean isNested() {
        return depth > 0;
    }

    String describe() {
        return kind.jsonName() + " " + object.apiName() + " (" + records.size() + " record" + (records.size() == 1 ? "" : "s") + ")";
    }
}
