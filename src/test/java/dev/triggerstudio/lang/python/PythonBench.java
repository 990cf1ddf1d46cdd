package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Start-up and per-chunk numbers of the Python runtime for docs/performance.md and
 * docs/decisions/. Not a test: run it with {@code java -cp ... dev.triggerstudio.lang.python.PythonBench},
 * with and without the Graal JIT on the upgrade module path.
 */
public final class PythonBench {
    private static final String FULL_NAME = Py.resource("seed_full_name.py");
    private static final String BENCH_TRIGGER = "async def execute(context):\n    for r in context.new_map.values():\n"
            + "        r['total'] = r['amount'] * r['qty']\n";

    public static void main(String[] args) {
        int chunks = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long t0 = System.nanoTime();
        PythonRuntime.warmUp();
        PythonEngine.await(new PythonEngine.WaitClock());
        report("engine + first (checker) context", t0);

        FakeHost host = new FakeHost();
        long t1 = System.nanoTime();
        CompiledScript first = Py.compile(FULL_NAME);
        first.run(Py.invocation(Timing.BEFORE, Event.CREATE, leads(1)), host);
        report("first trigger context (compile + load + run)", t1);

        long t2 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            try (CompiledScript s = Py.compile(FULL_NAME + "\n# variant " + i + "\n")) {
                s.run(Py.invocation(Timing.BEFORE, Event.CREATE, leads(1)), host);
            }
        }
        System.out.printf("%-50s %8.1f ms%n", "later trigger context, mean of 5", (System.nanoTime() - t2) / 5e6);

        perChunk(first, host, chunks, 1);
        perChunk(first, host, chunks, 200);
        first.close();
        try (CompiledScript bench = Py.compile(BENCH_TRIGGER)) {
            benchTrigger(bench, host, chunks);
        }
    }

    /**
     * The trigger of {@code ./studio bench} on records shaped like its items, timed in CPU time of
     * this thread (steadier than wall time on a shared machine): the median of each block of 20
     * chunks shows how long HotSpot takes to compile GraalPy's interpreter for this work.
     */
    private static void benchTrigger(CompiledScript script, FakeHost host, int chunks) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[chunks];
        for (int c = 0; c < chunks; c++) {
            Invocation inv = Py.invocation(Timing.BEFORE, Event.CREATE, items(c * 200, 200));
            long cpu = threads.getCurrentThreadCpuTime();
            script.run(inv, host);
            ms[c] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        StringBuilder blocks = new StringBuilder();
        for (int b = 0; b + 20 <= chunks; b += 20) {
            blocks.append(String.format(" %.1f", median(Arrays.copyOfRange(ms, b, b + 20))));
        }
        System.out.printf("%-50s%s ms%n", "bench trigger, 200 items, CPU ms by 20 chunks:", blocks);
        System.out.printf("%-50s %8.3f ms%n", "bench trigger, median of the last half", median(Arrays.copyOfRange(ms, chunks / 2, chunks)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Records as the engine hands them to the bench trigger: sixteen fields and a lookup. */
    private static RecordPair[] items(int from, int n) {
        RecordPair[] out = new RecordPair[n];
        for (int i = from; i < from + n; i++) {
            String id = UUID.nameUUIDFromBytes(("item" + i).getBytes(StandardCharsets.UTF_8)).toString();
            out[i - from] = Py.lead(id, "name", "Item " + i, "code", "C-" + i, "amount", 10.0 + i % 100,
                    "qty", (long) (1 + i % 7), "status", i % 2 == 0 ? "New" : "Open", "phone", "+1415555" + (1000 + i % 9000),
                    "account", Map.of("id", "acc-1", "name", "Acme"), "due", "2026-02-01T10:00:00Z", "note", "generated",
                    "total", null, "created_date", "2026-01-01T00:00:01Z", "created_by", "bench",
                    "modified_date", "2026-01-01T00:00:01Z", "modified_by", "bench", "owner", "bench");
        }
        return out;
    }

    private static void perChunk(CompiledScript script, FakeHost host, int chunks, int size) {
        double[] ms = new double[chunks];
        for (int i = 0; i < chunks; i++) {
            Invocation inv = Py.invocation(Timing.BEFORE, Event.CREATE, leads(size));
            long s = System.nanoTime();
            script.run(inv, host);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        double[] last = Arrays.copyOfRange(ms, chunks / 2, chunks);
        Arrays.sort(last);
        System.out.printf("%-50s first %7.2f ms, median of last half %7.3f ms, p90 %7.3f ms%n",
                "warm chunk of " + size + " record(s), " + chunks + " chunks", ms[0], last[last.length / 2],
                last[(int) (last.length * 0.9)]);
    }

    private static RecordPair[] leads(int n) {
        List<RecordPair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Py.lead("l" + i, "first", "Ada" + i, "last", "Lovelace", "amount", 10.5 * i, "n", (long) i));
        }
        return out.toArray(RecordPair[]::new);
    }

    private static void report(String what, long fromNanos) {
        System.out.printf("%-50s %8.1f ms%n", what, (System.nanoTime() - fromNanos) / 1e6);
    }
}
