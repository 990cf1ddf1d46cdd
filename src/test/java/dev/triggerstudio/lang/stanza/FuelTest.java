package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FuelTest {

    private static final TriggerDef TOTALS = Fixture.trigger(Timing.BEFORE, Event.UPDATE);
    private static final String SCRIPT = """
            // invoice total from its lines
            set record.total = records.invoiceLine.withAll(invoiceId eq record.id).fields.amount.sum()
            """;
    private static final int LINES = 10_000;

    private static MemoryHost invoiceWithTenThousandLines() {
        MemoryHost host = Fixture.host();
        for (int i = 0; i < LINES; i++) {
            host.put("invoiceLine", Fixture.rec("id", String.format("big-%05d", i), "invoiceId", "big", "amount", 1L));
        }
        return host;
    }

    private static Map<String, Object> run(long fuel, MemoryHost host) {
        Map<String, Object> invoice = Fixture.rec("id", "big", "number", "INV-BIG");
        try (CompiledScript compiled = new StanzaRuntime().compile(new ScriptSource("triggers/totals.stanza", SCRIPT, TOTALS))) {
            RunStats stats = compiled.run(Fixture.invocation(TOTALS, fuel, new RecordPair("big", invoice, null)), host);
            invoice.put("fuel used", stats.instructions());
        }
        return invoice;
    }

    @Test
    void tenThousandLinesRunOutOfTheDefaultFuelWithTheLineInTheError() {
        long defaultFuel = Limits.DEFAULTS.stanzaFuel();

        assertThat(defaultFuel).isEqualTo(10_000L);
        assertThatThrownBy(() -> run(defaultFuel, invoiceWithTenThousandLines()))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.path()).isEqualTo("triggers/totals.stanza");
                    assertThat(e.getMessage()).startsWith("triggers/totals.stanza:2:")
                            .contains(": Out of fuel at line 2: this run used its budget of 10000 steps.")
                            .contains("limits.stanza_fuel");
                });
    }

    @Test
    void tenThousandLinesFinishWhenTheBudgetIsRaised() {
        Map<String, Object> invoice = run(1_000_000, invoiceWithTenThousandLines());

        assertThat(invoice.get("total")).isEqualTo((long) LINES);
        assertThat((long) invoice.get("fuel used")).isGreaterThan(LINES * 2L).isLessThan(1_000_000L);
    }

    @Test
    void aSlowHostStopsTheRunAtItsTimeout() {
        Iterable<Map<String, Object>> endless = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("id", "x", "invoiceId", "nope");
            }
        };
        MemoryHost host = new MemoryHost(Fixture.project()) {
            @Override
            public Iterable<Map<String, Object>> scan(String object) {
                return endless;
            }
        };
        Invocation invocation = new Invocation(TOTALS, Timing.BEFORE, Event.UPDATE, Fixture.USER,
                List.of(new RecordPair("big", Fixture.rec("id", "big"), null)), 50, Long.MAX_VALUE, 1, 1);

        try (CompiledScript compiled = new StanzaRuntime().compile(new ScriptSource("t.stanza", SCRIPT, TOTALS))) {
            assertThatThrownBy(() -> compiled.run(invocation, host)).isInstanceOfSatisfying(ScriptException.class,
                    e -> assertThat(e.getMessage()).startsWith("t.stanza:2:").endsWith(": Timed out at line 2 after 50 ms."));
        }
    }
}
