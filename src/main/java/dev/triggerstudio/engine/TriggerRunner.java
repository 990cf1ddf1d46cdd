package dev.triggerstudio.engine;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceNode;
import java.util.List;

/** Runs one trigger on one chunk through its language runtime and turns the outcome into trace facts. */
final class TriggerRunner {
    private TriggerRunner() {
    }

    /** @param lines where the runtime reports each line it runs, or null when lines are not recorded */
    static void run(OperationRun op, TriggerDef t, Timing timing, List<RecordPair> pairs, TraceNode child, int c, int chunks,
                    TriggerLines lines) {
        RunContext ctx = op.ctx;
        Limits limits = ctx.limits();
        User actor = ctx.actor(t, op.user);
        EngineHost host = new EngineHost(op, actor, t.source(), child, lines);
        int q0 = op.limiter.queries();
        int d0 = op.limiter.dmlStatements();
        try {
            CompiledScript script = ctx.compiled(t);
            long timeout = timing == Timing.ASYNC ? limits.asyncTimeoutMs() : limits.triggerTimeoutMs();
            Invocation inv = new Invocation(t, timing, op.kind.event(), ctx.userMap(op.user), pairs, timeout,
                    limits.stanzaFuel(), c, chunks);
            RunStats stats = script.run(inv, host);
            child.metrics().put("instructions", stats.instructions());
            if (stats.waitMs() > 0) {
                child.metrics().put("wait_ms", stats.waitMs());
                child.log("info", "waited " + stats.waitMs() + " ms for the " + t.language().jsonName() + " engine to start");
            }
        } catch (ScriptException e) {
            throw refuse(child, e.kind() == ScriptException.Kind.REJECTED ? Refusal.Kind.REJECTED : Refusal.Kind.FAILED,
                    oneLine(e.getMessage()), t.source(), e.line() > 0 ? e.line() : null);
        } catch (Refusal r) {
            throw refuse(child, r.kind(), r.getMessage(), r.source() != null ? r.source() : t.source(), r.line());
        } finally {
            child.metrics().put("queries", op.limiter.queries() - q0);
            child.metrics().put("dml", op.limiter.dmlStatements() - d0);
        }
        if (host.rejection() != null) {
            throw refuse(child, Refusal.Kind.REJECTED, host.rejection(), t.source(), host.rejectionLine());
        }
    }

    /** Runtimes may word an error over several lines (Lua's module search, tracebacks); the trace keeps one. */
    static String oneLine(String message) {
        return message == null ? "the trigger failed" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    static Refusal refuse(TraceNode child, Refusal.Kind kind, String message, String source, Integer line) {
        child.status(kind == Refusal.Kind.REJECTED ? Status.REJECTED : Status.FAILED);
        Refusal r = new Refusal(kind, message, source, line);
        child.error(new TraceError(message, null, source, line));
        return r;
    }
}
