package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.ProjectSettings;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger sample's Stanza triggers, end to end through the engine, the real SQLite store and the runtime. */
class StanzaLedgerTest {

    private static final Project LEDGER = ProjectLoader.load(Path.of("samples/ledger"));

    private record Run(BatchResult result, Store store) {
        List<String> statuses() {
            return result.operations().stream().map(OperationTrace::status).toList();
        }

        TraceError error(int index) {
            return result.operations().get(index).error();
        }
    }

    private static Run run(Project project, String batch) {
        Store store = Simulator.openStore(project, null, false);
        try (Simulator simulator = new Simulator(project, store, ScriptRuntimes.standard())) {
            return new Run(simulator.run(project.batches().get(batch), null, TraceListener.NONE), store);
        }
    }

    @Test
    void invoiceTotalIsTheSumOfItsLinesAndGoldAccountsGetADiscount() {
        Run run = run(LEDGER, "stanza_totals");

        assertThat(run.statuses()).containsOnly("committed");
        assertThat(run.store().query("select number, total, discount from invoice where number like 'INV-300%' order by number"))
                .containsExactly(Fixture.rec("number", "INV-3001", "total", 650.5, "discount", 10.0),
                        Fixture.rec("number", "INV-3002", "total", 0.0, "discount", null));
    }

    @Test
    void statusRulesRejectWithTheTriggerAndLine() {
        Run run = run(LEDGER, "stanza_status");

        assertThat(run.statuses()).containsExactly("rejected", "committed", "committed", "rejected");
        assertThat(run.error(0)).isEqualTo(new TraceError("A new invoice must be Draft or Sent, not Paid",
                "before_triggers", "trigger:invoice_status", 2));
        assertThat(run.error(3).message()).isEqualTo("Invoice INV-4002 is paid; its status cannot go back to Draft");
        assertThat(run.error(3).line()).isEqualTo(3);
    }

    @Test
    void theFuelBudgetComesFromTheProjectsLimits() {
        Limits tight = new Limits(null, null, null, null, null, null, null, 5L);
        ProjectSettings s = LEDGER.settings();
        Project starved = new Project(LEDGER.root(), new ProjectSettings(s.name(), s.format(), s.defaultUser(),
                s.clock(), s.seed(), s.defaultCountry(), tight), LEDGER.objects(), LEDGER.triggers(), LEDGER.scripts(),
                LEDGER.automations(), LEDGER.users(), LEDGER.configs(), LEDGER.configFiles(), LEDGER.data(),
                LEDGER.batches(), LEDGER.tests(), LEDGER.mocks());

        Run run = run(starved, "stanza_totals");

        assertThat(run.statuses().getFirst()).isEqualTo("failed");
        assertThat(run.error(0).source()).isEqualTo("trigger:invoice_totals");
        assertThat(run.error(0).message()).startsWith("triggers/invoice_totals.stanza:2:")
                .contains(": Out of fuel at line 2: this run used its budget of 5 steps.");
        assertThat(run.store().query("select count(*) as n from invoice where number = 'INV-3001'"))
                .containsExactly(Map.of("n", 0L));
    }
}
