package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.ProjectCheck;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.TraceListener;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 objects and 1 000 Lua and Stanza triggers load, check and simulate a large batch. CI runs
 * 10 000 records; {@code -Dstudio.large=full} runs the 100 000 of the issue. Times are reported
 * (target/hardening/large.md), never asserted: the machine is shared.
 */
class LargeProjectTest {
    private static final boolean FULL = "full".equals(System.getProperty("studio.large"));
    private static final int OBJECTS = 200;
    private static final int PER_OPERATION = 1_000;
    private static final int OPERATIONS = FULL ? 100 : 10;

    @TempDir
    Path tmp;

    @Test
    @Timeout(1800)
    void aLargeProjectLoadsChecksAndSimulatesEveryRecord() {
        long t0 = System.nanoTime();
        Path root = LargeProject.write(tmp.resolve("large"), OBJECTS, OPERATIONS, PER_OPERATION);
        long written = System.nanoTime();
        Project project = ProjectLoader.load(root);
        long loaded = System.nanoTime();
        ProjectLoader.Result checked = ProjectCheck.run(root, ScriptRuntimes.standard());
        long checkDone = System.nanoTime();
        assertThat(project.objects()).hasSize(OBJECTS);
        assertThat(project.triggers()).hasSize(OBJECTS * LargeProject.TRIGGERS_PER_OBJECT);
        assertThat(checked.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();

        int records = OPERATIONS * PER_OPERATION;
        long simStart = System.nanoTime();
        try (Store store = Simulator.openStore(project, tmp.resolve("large.db"), false);
             Simulator sim = new Simulator(project, store, ScriptRuntimes.standard())) {
            BatchResult result = sim.run(project.batches().get("big"), null, TraceListener.NONE);
            long simDone = System.nanoTime();
            assertThat(result.operations()).allMatch(op -> op.status().equals("committed"));
            Map<String, Object> row = store.query("SELECT count(*) AS c, min(n) AS lo, max(n) AS hi, min(amount) AS a,"
                    + " max(amount) AS b FROM obj000").getFirst();
            assertThat(row).containsEntry("c", (long) records).containsEntry("lo", 3L).containsEntry("hi", 3L)
                    .containsEntry("a", 6.0).containsEntry("b", 6.0);
            report(records, ms(t0, written), ms(written, loaded), ms(loaded, checkDone), ms(simStart, simDone));
        }
    }

    private static void report(int records, long write, long load, long check, long simulate) {
        Report.start("large", "| objects | triggers | records | write files ms | load ms | check ms | simulate ms | records/s | trigger runs/s |\n"
                + "|---|---|---|---|---|---|---|---|---|");
        long runs = (long) records * LargeProject.TRIGGERS_PER_OBJECT;
        Report.line("large", "| " + OBJECTS + " | " + OBJECTS * LargeProject.TRIGGERS_PER_OBJECT + " | " + records + " | " + write
                + " | " + load + " | " + check + " | " + simulate + " | " + records * 1000L / Math.max(1, simulate) + " | "
                + runs * 1000L / Math.max(1, simulate) + " |");
        Report.line("large", "\n" + (FULL ? "full run" : "CI run (-Dstudio.large=full for 100 000 records)") + "; machine: " + Report.machine());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
