package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.TraceListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-record cost of a simple Lua Before trigger (one field set) next to the lifecycle without it,
 * measured in the same run. Prints the figures for docs/performance.md; asserts only what the runs did,
 * never a duration.
 */
class LuaOverheadTest {
    private static final int RECORDS = 1000;
    private static final int WARMUP = 5;
    private static final int ROUNDS = 9;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static long lastTriggerUs;
    private static long lastCpuNs;

    @Test
    void measuresTheLuaBeforeTriggerAgainstTheBareLifecycle() throws URISyntaxException {
        Project withTrigger = ProjectLoader.load(Path.of(LuaOverheadTest.class.getResource("/lua/perf").toURI()));
        Project bare = withTrigger.withoutTrigger("set_flag");
        Batch batch = batch();
        for (int i = 0; i < WARMUP; i++) {
            time(bare, batch, false);
            time(withTrigger, batch, true);
        }
        List<Long> bareNs = new ArrayList<>();
        List<Long> luaNs = new ArrayList<>();
        List<Long> inTrigger = new ArrayList<>();
        List<Long> bareCpu = new ArrayList<>();
        List<Long> luaCpu = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            bareNs.add(time(bare, batch, false));
            bareCpu.add(lastCpuNs);
            luaNs.add(time(withTrigger, batch, true));
            luaCpu.add(lastCpuNs);
            inTrigger.add(lastTriggerUs * 1000);
        }
        report("wall median", median(bareNs), median(luaNs));
        report("wall min", min(bareNs), min(luaNs));
        report("cpu median", median(bareCpu), median(luaCpu));
        System.out.printf("LUA-OVERHEAD trigger node (trace duration) median %.1f us/record%n",
                median(inTrigger) / 1000.0 / RECORDS);
        assertThat(median(bareNs)).isPositive();
        assertThat(median(luaNs)).isPositive();
    }

    private static Batch batch() {
        List<Operation> ops = new ArrayList<>();
        for (int op = 0; op < RECORDS / 200; op++) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                records.add(Map.of("name", "item " + op + "-" + i, "qty", i));
            }
            ops.add(new Operation(Operation.Kind.CREATE, "item", records, null, null, null));
        }
        return new Batch("alice", ops);
    }

    /** One batch on a fresh store; checks what it did and returns the nanoseconds it took. */
    private static long time(Project project, Batch batch, boolean flagged) {
        Store store = Simulator.openStore(project, null, false);
        try (Simulator simulator = new Simulator(project, store, ScriptRuntimes.standard())) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            BatchResult result = simulator.run(batch, null, TraceListener.NONE);
            long elapsed = System.nanoTime() - start;
            lastCpuNs = CPU.getCurrentThreadCpuTime() - cpu;
            assertThat(result.allCommitted()).isTrue();
            long count = ((Number) store.query("select count(*) as n from item where flag = 'checked'").getFirst()
                    .get("n")).longValue();
            assertThat(count).isEqualTo(flagged ? RECORDS : 0);
            if (flagged) {
                lastTriggerUs = result.operations().stream()
                        .mapToLong(op -> LuaLedgerTest.triggerNode(op, "trigger:set_flag").durationUs()).sum();
            }
            return elapsed;
        } finally {
            store.close();
        }
    }

    private static void report(String what, double bareNs, double luaNs) {
        double bareUs = bareNs / 1000.0 / RECORDS;
        double luaUs = luaNs / 1000.0 / RECORDS;
        System.out.printf("LUA-OVERHEAD %s: no trigger %.1f us/record, Lua before-trigger %.1f us/record, "
                + "overhead %.1f us/record, ratio %.2f (%d records x %d rounds)%n", what, bareUs, luaUs, luaUs - bareUs,
                luaUs / bareUs, RECORDS, ROUNDS);
    }

    private static double min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
