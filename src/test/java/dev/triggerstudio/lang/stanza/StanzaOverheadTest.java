package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.TraceListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-record cost of a simple Stanza before-trigger against the same lifecycle with no trigger,
 * measured in the same JVM, rounds interleaved, fastest rounds compared. Figures go to
 * {@code target/stanza-overhead.txt} (and docs/performance.md by hand); no assertion depends on
 * timing: the suite's machines are shared and noisy.
 */
class StanzaOverheadTest {

    private static final int RECORDS = Integer.getInteger("stanza.overhead.records", 1000);
    private static final int ROUNDS = Integer.getInteger("stanza.overhead.rounds", 5);
    private static final int WARMUP = 2;
    /** The ledger's invoice_totals makes two queries per record; max_queries (100) counts per operation. */
    private static final int PER_OPERATION = 40;
    private static final String SIMPLE = "set record.note = \"checked \" + record.number";

    @Test
    void aSimpleBeforeTriggerCostsLittleNextToTheLifecycle() throws IOException {
        Project ledger = ProjectLoader.load(Path.of("samples/ledger"));
        Project bare = ledger;
        for (String id : ledger.triggers().keySet()) {
            bare = bare.withoutTrigger(id);
        }
        Project simple = bare.withTrigger(new TriggerDef("simple", "invoice", Language.STANZA, Timing.BEFORE,
                List.of(Event.CREATE), 10, true, false, "alice", null, null, null, null), SIMPLE);
        Project stanzaTriggers = bare;
        for (String id : List.of("invoice_totals", "invoice_status")) {
            stanzaTriggers = stanzaTriggers.withTrigger(ledger.triggers().get(id), ledger.script(id));
        }
        Map<String, Project> configs = new LinkedHashMap<>();
        configs.put("no trigger", bare);
        configs.put("simple Stanza before-trigger", simple);
        configs.put("ledger's two Stanza triggers (scan + lookup)", stanzaTriggers);

        Map<String, long[]> nanos = new LinkedHashMap<>();
        configs.keySet().forEach(k -> nanos.put(k, new long[ROUNDS]));
        for (int round = -WARMUP; round < ROUNDS; round++) {
            for (var config : configs.entrySet()) {
                long took = timed(config.getValue(), config.getKey().startsWith("simple"));
                if (round >= 0) {
                    nanos.get(config.getKey())[round] = took;
                }
            }
        }
        nanos.put("  the simple trigger alone (SPI, in-memory host)", interpreterAlone());
        double base = perRecordMicros(nanos.get("no trigger"));
        double withSimple = perRecordMicros(nanos.get("simple Stanza before-trigger"));
        report(nanos, base);
        // measured, never asserted by time: only that the figures exist (the machine may be loaded)
        assertThat(withSimple / base).as("simple trigger / no trigger").isPositive().isFinite();
    }

    private static long timed(Project project, boolean checkNotes) {
        Store store = Simulator.openStore(project, null, false);
        Batch batch = batch();
        long start = System.nanoTime();
        BatchResult result;
        try (Simulator simulator = new Simulator(project, store, ScriptRuntimes.standard())) {
            result = simulator.run(batch, null, TraceListener.NONE);
        }
        long took = System.nanoTime() - start;
        assertThat(result.operations()).allSatisfy(o -> assertThat(o.status()).as(String.valueOf(o.error()))
                .isEqualTo("committed"));
        if (checkNotes) {
            assertThat(store.query("select count(*) as n from invoice where note like 'checked P-%'"))
                    .containsExactly(Map.of("n", (long) RECORDS));
        }
        store.close();
        return took;
    }

    /** The same script through the SPI with no engine and no store: what Stanza itself costs. */
    private static long[] interpreterAlone() {
        TriggerDef trigger = Fixture.trigger(Timing.BEFORE, Event.CREATE);
        long[] rounds = new long[ROUNDS];
        try (var compiled = new StanzaRuntime().compile(new dev.triggerstudio.lang.ScriptSource("t.stanza", SIMPLE, trigger))) {
            for (int round = -WARMUP; round < ROUNDS; round++) {
                var pairs = new dev.triggerstudio.lang.RecordPair[RECORDS];
                for (int i = 0; i < RECORDS; i++) {
                    pairs[i] = new dev.triggerstudio.lang.RecordPair(null, Fixture.rec("number", "P-" + i), null);
                }
                long start = System.nanoTime();
                compiled.run(Fixture.invocation(trigger, 10_000, pairs), Fixture.host());
                if (round >= 0) {
                    rounds[round] = System.nanoTime() - start;
                }
            }
        }
        return rounds;
    }

    private static Batch batch() {
        List<Operation> ops = new ArrayList<>();
        for (int start = 0; start < RECORDS; start += PER_OPERATION) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = start; i < Math.min(RECORDS, start + PER_OPERATION); i++) {
                records.add(new LinkedHashMap<>(Map.of("number", "P-" + i, "account", "Acme")));
            }
            ops.add(new Operation(Operation.Kind.CREATE, "invoice", records, null, null, null));
        }
        return new Batch("alice", ops);
    }

    /**
     * The fastest round: on a machine shared with other work, interference only ever adds time, so
     * the minimum is the steadiest estimate of what the code itself costs.
     */
    private static double perRecordMicros(long[] rounds) {
        return Arrays.stream(rounds).min().orElseThrow() / 1000.0 / RECORDS;
    }

    private static void report(Map<String, long[]> nanos, double base) throws IOException {
        StringBuilder out = new StringBuilder("records per round: " + RECORDS + " (create, " + PER_OPERATION
                + " per operation), rounds: " + ROUNDS
                + " (fastest of each, interleaved), warm-up rounds: " + WARMUP + "\n");
        nanos.forEach((name, rounds) -> {
            double perRecord = perRecordMicros(rounds);
            if (name.startsWith(" ")) {
                out.append(String.format("%-46s %8.2f µs/record%n", name, perRecord));
                return;
            }
            out.append(String.format("%-46s %8.1f µs/record  overhead %+7.1f µs/record  ratio %.2f%n", name,
                    perRecord, perRecord - base, perRecord / base));
        });
        System.out.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/stanza-overhead.txt"), out);
    }
}
