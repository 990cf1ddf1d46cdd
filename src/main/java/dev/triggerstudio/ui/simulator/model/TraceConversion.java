package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.LogLine;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the engine's recorded operations into the view model. Record maps are shared, not copied:
 * the engine no longer touches an operation once it finished, and a 10 000-record run would
 * otherwise hold every snapshot twice.
 */
public final class TraceConversion {
    private TraceConversion() {
    }

    public static Trace of(List<OperationTrace> operations, List<OperationTrace> async) {
        return new Trace(operations.stream().map(TraceConversion::op).toList(),
                async.stream().map(TraceConversion::op).toList());
    }

    public static Op op(OperationTrace o) {
        List<Step> steps = new ArrayList<>(o.steps().size());
        o.steps().forEach(n -> steps.add(step(n)));
        if (o.isAsync()) {
            return new Op(null, o.index(), null, o.object(), o.source(), o.status(), error(o.error()), List.of(), steps);
        }
        return new Op(o.index(), null, o.op(), o.object(), null, o.status(), error(o.error()), o.records(), steps);
    }

    static Step step(TraceNode n) {
        List<Change> records = new ArrayList<>(n.records().size());
        for (RecordChange rc : n.records()) {
            records.add(new Change(rc.id(), rc.before(), rc.after()));
        }
        List<LogEntry> logs = new ArrayList<>(n.logs().size());
        for (LogLine l : n.logs()) {
            logs.add(new LogEntry(l.level(), l.message()));
        }
        List<Step> children = new ArrayList<>(n.children().size());
        n.children().forEach(c -> children.add(step(c)));
        return new Step(n.seq(), n.step(), n.status(), n.source(), n.depth(), n.detail(), n.durationUs(), records, logs,
                n.metrics(), error(n.error()), children);
    }

    static ErrorInfo error(TraceError e) {
        return e == null ? null : new ErrorInfo(e.message(), e.step(), e.source(), e.line());
    }
}
