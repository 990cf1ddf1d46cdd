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
    final Simulation sim;
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

    OperationRun(Simulation sim, Operation.Kind kind, ObjectDef object, User user, int depth, Limiter limiter,
                 OperationTrace trace, TraceNode parent, List<String> ids, RunWhen where, List<AsyncJob> asyncJobs) {
        this.sim = sim;
        this.kind = kind;
        this.object = object;
        this.user = user;
        this.depth = depth;
        this.limiter = limiter;
        this.trace = trace;
        this.parent = parent;
        this.ids = ids == null ? List.of() : ids;
        this.where = where;
        this.now = sim.clock().now();
        this.asyncJobs = asyncJobs;
    }

    boolean isNested() {
        return depth > 0;
    }

    String describe() {
        return kind.jsonName() + " " + object.apiName() + " (" + records.size() + " record" + (records.size() == 1 ? "" : "s") + ")";
    }
}
