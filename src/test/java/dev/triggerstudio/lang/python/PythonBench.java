package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Start-up and per-chunk numbers of the Python runtime for docs/performance.md and
 * docs/decisions/. Not a test: run it with {@code java -cp ... dev.triggerstudio.lang.python.PythonBench},
 * with and without the Graal JIT on the upgrade module path.
 */
public final class PythonBench {
    private static final String FULL_NAME = Py.resource("seed_full_name.py");

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
