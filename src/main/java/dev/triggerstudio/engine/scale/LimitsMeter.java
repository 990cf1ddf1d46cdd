package dev.triggerstudio.engine.scale;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits meter: replays a batch at several scales (the IDE uses ×1, ×200, ×2000), each on a
 * fresh in-memory store seeded from data/, and reads per-trigger queries, DML, instructions (Stanza
 * fuel, Lua instructions) and time against the project's limits, with the first trigger to break one.
 */
public final class LimitsMeter {
    public static final List<Integer> IDE_SCALES = List.of(1, 200, 2000);
    private static final Pattern CHUNK = Pattern.compile("^chunk (\\d+)/(\\d+):");

    private final Project project;
    private final ScriptRuntimes runtimes;

    public LimitsMeter(Project project, ScriptRuntimes runtimes) {
        this.project = project;
        this.runtimes = runtimes;
    }

    public List<LimitsRun> measure(Batch batch, List<Integer> scales, String userOverride) {
        return scales.stream().map(n -> run(batch, n, userOverride)).toList();
    }

    /** One scale on a throwaway store; the batch is scaled by {@link BatchScaler}. */
    public LimitsRun run(Batch batch, int scale, String userOverride) {
        Batch scaled = BatchScaler.scale(project, batch, scale);
        try (Store store = Simulator.openStore(project, null, false);
             Simulator sim = new Simulator(project, store, runtimes)) {
            return read(project, scale, scaled, sim.run(scaled, userOverride, TraceListener.NONE));
        }
    }

    /**
     * Reads a finished run (of an already scaled batch), e.g. one {@code simulate --scale} made; with
     * the line recording on, also the line of each trigger that spent most of each limit.
     */
    public static LimitsRun read(Project project, int scale, Batch scaled, BatchResult result) {
        List<ChunkSample> samples = new ArrayList<>();
        LimitBreak first = null;
        for (OperationTrace op : ordered(result)) {
            op.steps().forEach(n -> collect(op, n, samples));
            if (first == null) {
                first = firstBreak(project, op);
            }
        }
        int records = scaled.operations().stream().mapToInt(Operation::size).sum();
        int committed = count(result, Status.COMMITTED);
        return new LimitsRun(scale, project.limits(), records, usage(samples), samples, first, committed,
                count(result, Status.REJECTED), count(result, Status.FAILED), LineSpend.of(project, result));
    }

    /** Operations in the order they ran: each followed by the async jobs it queued. */
    private static List<OperationTrace> ordered(BatchResult r) {
        List<OperationTrace> out = new ArrayList<>();
        for (OperationTrace op : r.operations()) {
            out.add(op);
            r.asyncJobs().stream().filter(j -> j.index() == op.index()).forEach(out::add);
        }
        return out;
    }

    private static int count(BatchResult r, String status) {
        return (int) r.operations().stream().filter(o -> status.equals(o.status())).count();
    }

    private static void collect(OperationTrace op, TraceNode n, List<ChunkSample> out) {
        if (n.stepName().isRun()) {
            Matcher m = CHUNK.matcher(n.detail() == null ? "" : n.detail());
            boolean chunked = m.find();
            int chunk = chunked ? Integer.parseInt(m.group(1)) : 1;
            int chunks = chunked ? Integer.parseInt(m.group(2)) : 1;
            out.add(new ChunkSample(op.index(), op.op(), op.object(), n.source(), n.depth(), chunk, chunks,
                    (int) metric(n, "queries"), (int) metric(n, "dml"), metric(n, "instructions"), n.durationUs(), n.status()));
        }
        n.children().forEach(c -> collect(op, c, out));
    }

    private static long metric(TraceNode n, String name) {
        return n.metrics().get(name) instanceof Number x ? x.longValue() : 0;
    }

    private static List<TriggerUsage> usage(List<ChunkSample> samples) {
        Map<String, List<ChunkSample>> bySource = new LinkedHashMap<>();
        samples.stream().filter(s -> !Status.SKIPPED.equals(s.status()))
                .forEach(s -> bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s));
        List<TriggerUsage> out = new ArrayList<>();
        bySource.forEach((source, list) -> {
            Map<Integer, long[]> perOp = new LinkedHashMap<>();
            list.forEach(s -> {
                long[] a = perOp.computeIfAbsent(s.operation(), k -> new long[2]);
                a[0] += s.queries();
                a[1] += s.dml();
            });
            out.add(new TriggerUsage(source, list.size(),
                    list.stream().mapToLong(ChunkSample::queries).sum(), list.stream().mapToLong(ChunkSample::dml).sum(),
                    list.stream().mapToLong(ChunkSample::instructions).sum(), list.stream().mapToLong(ChunkSample::durationUs).sum(),
                    perOp.values().stream().mapToLong(a -> a[0]).max().orElse(0),
                    perOp.values().stream().mapToLong(a -> a[1]).max().orElse(0),
                    list.stream().mapToLong(ChunkSample::instructions).max().orElse(0),
                    list.stream().mapToLong(ChunkSample::durationUs).max().orElse(0)));
        });
        return out;
    }

    private static LimitBreak firstBreak(Project project, OperationTrace op) {
        if (!Status.FAILED.equals(op.status()) || op.error() == null
                || LimitKind.fromMessage(op.error().message()).isEmpty()) {
            return null;
        }
        for (TraceNode n : op.steps()) {
            TraceNode hit = deepestBreaker(n);
            if (hit != null) {
                return breakAt(project, op, hit.source(), hit.error().line(), hit.error().message(), hit.detail());
            }
        }
        return breakAt(project, op, op.error().source(), op.error().line(), op.error().message(), null);
    }

    /** The innermost failed trigger run whose error names a limit: the one that was running when it broke. */
    private static TraceNode deepestBreaker(TraceNode n) {
        for (TraceNode c : n.children()) {
            TraceNode hit = deepestBreaker(c);
            if (hit != null) {
                return hit;
            }
        }
        boolean run = n.stepName().isRun();
        return run && Status.FAILED.equals(n.status()) && n.error() != null
                && LimitKind.fromMessage(n.error().message()).isPresent() ? n : null;
    }

    private static LimitBreak breakAt(Project project, OperationTrace op, String source, Integer line, String message,
                                      String detail) {
        LimitKind kind = LimitKind.fromMessage(message).orElseThrow();
        TriggerDef t = source != null && source.startsWith("trigger:")
                ? project.triggers().get(source.substring("trigger:".length())) : null;
        Matcher m = CHUNK.matcher(detail == null ? "" : detail);
        boolean chunked = m.find();
        return new LimitBreak(kind, kind.of(project.limits()), source, t == null ? null : t.scriptPath(), line, op.index(),
                op.op(), op.object(), chunked ? Integer.parseInt(m.group(1)) : 1, chunked ? Integer.parseInt(m.group(2)) : 1,
                message);
    }
}
