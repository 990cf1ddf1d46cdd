package dev.triggerstudio.cli.bench;

import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.store.Store;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --lines} costs a trigger against the same run without it, as the bench's
 * {@code create_<language>_trace} / {@code create_<language>_lines} pair measures it (the bench project,
 * chunks of 200, the full trace written and thrown away), but only that pair, several times, in one
 * JVM, with CPU times: on a loaded machine wall time says little (docs/performance.md, issue 18).
 * "app" is the CPU time of the JVM's own threads (no JIT compiler or GC threads). Not a test: a
 * measurement, run by hand with the launcher's JVM options:
 *
 * <pre>java [./studio's options] -Dwarm=4 -cp "target/classes:$(cat target/runtime-classpath.txt):target/test-classes" \
 *     dev.triggerstudio.cli.bench.LinesCostProbe RECORDS PAIRS [PYTHON|LUA|STANZA]</pre>
 */
public final class LinesCostProbe {
    static final int CHUNK = 200;

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[0]);
        int repeats = Integer.parseInt(args[1]);
        Language lang = args.length > 2 ? Language.valueOf(args[2]) : Language.PYTHON;
        Path dir = Files.createTempDirectory("lprobe");
        ScriptRuntimes rt = ScriptRuntimes.standard();
        Project p = BenchProject.project(List.of(lang), false, null);
        for (boolean lines : new boolean[] {false, true}) {
            run(p, rt, dir, Integer.getInteger("warm", 2) * records, lines); // warm-up as the bench does
        }
        List<Double> ratios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        List<Double> appRatios = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            double[] t = run(p, rt, dir, records, false);
            double[] l = run(p, rt, dir, records, true);
            System.out.printf("run %d: trace %.3f s (cpu %.3f, app %.3f)  lines %.3f s (cpu %.3f, app %.3f)  ratio %.2f  cpu-ratio %.2f app-ratio %.2f%n",
                    i, t[0], t[1], t[2], l[0], l[1], l[2], l[0] / t[0], l[1] / t[1], l[2] / t[2]);
            appRatios.add(l[2] / t[2]);
            ratios.add(l[0] / t[0]);
            cpuRatios.add(l[1] / t[1]);
        }
        ratios.sort(null);
        cpuRatios.sort(null);
        appRatios.sort(null);
        System.out.printf("median wall ratio %.2f, median cpu ratio %.2f, median app ratio %.2f%n", ratios.get(ratios.size() / 2), cpuRatios.get(cpuRatios.size() / 2), appRatios.get(appRatios.size() / 2));
        System.exit(0);
    }

    static double[] run(Project p, ScriptRuntimes rt, Path dir, int n, boolean lines) throws Exception {
        Path file = dir.resolve("s.db");
        Files.deleteIfExists(file);
        Store store = Store.open(file);
        store.createSchema(p.objects().values());
        store.seed(p.data());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Simulator sim = new Simulator(p, store, rt)) {
            System.gc();
            long c0 = os.getProcessCpuTime();
            long m0 = mutator();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i += 10_000) {
                Bench.DiscardedTrace d = new Bench.DiscardedTrace(lines);
                sim.run(creates(i, Math.min(n, i + 10_000)), null, d);
            }
            return new double[] {(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9, (mutator() - m0) / 1e9};
        } finally {
            store.close();
        }
    }

    static long mutator() {
        var tm = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : tm.getAllThreadIds()) {
            long t = tm.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }

    static Batch creates(int from, int to) {
        List<Operation> ops = new ArrayList<>();
        for (int i = from; i < to; i += CHUNK) {
            ops.add(new Operation(Operation.Kind.CREATE, "item", BenchProject.rows(i, Math.min(to, i + CHUNK)), null, null, null));
        }
        return new Batch("bench", ops);
    }
}
