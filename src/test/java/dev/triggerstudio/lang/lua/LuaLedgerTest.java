package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.ProjectSettings;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.LogLine;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ledger sample's Lua triggers end to end: engine, real SQLite store, real LuaJ. */
class LuaLedgerTest {
    private static final Project LEDGER = ProjectLoader.load(Path.of("samples/ledger"));

    private record Run(BatchResult result, Store store) {
        List<String> statuses() {
            return result.operations().stream().map(OperationTrace::status).toList();
        }

        OperationTrace op(int index) {
            return result.operations().get(index);
        }

        long count(String sql) {
            return ((Number) store.query(sql).getFirst().values().iterator().next()).longValue();
        }
    }

    private static Run run(Project project, String batch) {
        Store store = Simulator.openStore(project, null, false);
        try (Simulator simulator = new Simulator(project, store, ScriptRuntimes.standard())) {
            return new Run(simulator.run(project.batches().get(batch), null, TraceListener.NONE), store);
        }
    }

    /** The trace node of one trigger, searched through every step and nested operation. */
    static TraceNode triggerNode(OperationTrace op, String source) {
        return op.steps().stream().map(s -> find(s, source)).flatMap(Optional::stream).findFirst().orElseThrow();
    }

    private static Optional<TraceNode> find(TraceNode node, String source) {
        if (source.equals(node.source()) && "trigger".equals(node.step())) {
            return Optional.of(node);
        }
        return node.children().stream().map(c -> find(c, source)).flatMap(Optional::stream).findFirst();
    }

    private static Project withScript(Project p, String trigger, String script) {
        return p.withTrigger(p.triggers().get(trigger), script);
    }

    private static Project withTimeout(Project p, long ms) {
        ProjectSettings s = p.settings();
        Limits limits = new Limits(ms, null, null, null, null, null, null, null);
        return new Project(p.root(), new ProjectSettings(s.name(), s.format(), s.defaultUser(), s.clock(), s.seed(),
                s.defaultCountry(), limits), p.objects(), p.triggers(), p.scripts(), p.automations(), p.users(),
                p.configs(), p.configFiles(), p.data(), p.batches(), p.tests(), p.mocks());
    }

    @Test
    void aRejectingLuaTriggerRollsBackAndTheTraceShowsItsStatusLogAndLine() {
        Run run = run(LEDGER, "lua_rules");

        assertThat(run.statuses()).containsExactly("rejected", "committed", "committed", "committed", "rejected");
        assertThat(run.op(0).error()).isEqualTo(new TraceError("Discount must be 0, 5, 10 or 15, not 7",
                "before_triggers", "trigger:invoice_discount_values", 7));
        TraceNode node = triggerNode(run.op(0), "trigger:invoice_discount_values");
        assertThat(node.status()).isEqualTo("rejected");
        assertThat(node.logs()).contains(new LogLine("error", "rejectTransaction: Discount must be 0, 5, 10 or 15, not 7"));
        assertThat(run.count("select count(*) from invoice where number = 'INV-5001'")).isZero();
    }

    @Test
    void aTriggerLoadingTheRelatedInvoiceRefusesLinesOnAPaidOne() {
        Run run = run(LEDGER, "lua_rules");

        TraceNode accepted = triggerNode(run.op(2), "trigger:line_invoice_open");
        assertThat(accepted.status()).isEqualTo("ok");
        assertThat(accepted.logs()).extracting(LogLine::message).contains("line 'Audit' on INV-5002 (Draft)");
        assertThat(run.op(4).error().line()).isEqualTo(12);
        assertThat(run.count("select count(*) from invoiceLine where description = 'Late extra'")).isZero();
    }

    @Test
    void anAfterTriggerInsertsARelatedRecordAndItsRefusalRollsBackTheAccountToo() {
        Run run = run(LEDGER, "lua_opening_invoice");

        assertThat(run.statuses()).containsExactly("committed", "rejected");
        assertThat(run.store().query("select i.number, a.name from invoice i join account a on a.id = i.account"
                + " where i.number like 'OPEN-%'")).containsExactly(Map.of("number", "OPEN-INITECH", "name", "Initech"));
        assertThat(run.op(1).error().source()).isEqualTo("trigger:account_opening_invoice");
        assertThat(run.op(1).error().line()).isEqualTo(4);
        assertThat(run.count("select count(*) from account where name = 'initech'")).isZero();
    }

    @Test
    void aFailingLuaTriggerRollsBackAndTheTraceShowsTheFailingLine() {
        Project broken = withScript(LEDGER, "line_invoice_open", """
                local gospel = require("gospellua")
                gospel.log("looking up the invoice")
                local tier = gospel.loadRecord("invoice", "no-such-invoice").account
                """);

        Run run = run(broken, "lua_rules");

        assertThat(run.statuses()).containsExactly("rejected", "committed", "failed", "committed", "failed");
        assertThat(run.op(2).error()).isEqualTo(new TraceError(
                "triggers/line_invoice_open.lua:3: attempt to index a nil value", "before_triggers",
                "trigger:line_invoice_open", 3));
        TraceNode node = triggerNode(run.op(2), "trigger:line_invoice_open");
        assertThat(node.status()).isEqualTo("failed");
        assertThat(node.logs()).extracting(LogLine::message).contains("looking up the invoice");
        assertThat(run.count("select count(*) from invoiceLine where description = 'Audit'")).isZero();
    }

    @Test
    void aRunawayLuaTriggerTimesOutLeavesTheStoreUnchangedAndTheBatchGoesOn() {
        Project looping = withTimeout(withScript(LEDGER, "line_invoice_open", """
                local n = 0
                while true do n = n + 1 end
                """), 200);

        Run run = run(looping, "lua_rules");

        assertThat(run.statuses()).containsExactly("rejected", "committed", "failed", "committed", "failed");
        assertThat(run.op(2).error().message()).startsWith("triggers/line_invoice_open.lua:2: timed out after 200 ms");
        assertThat(run.op(2).error().line()).isEqualTo(2);
        assertThat(run.count("select count(*) from invoiceLine where invoiceId in"
                + " (select id from invoice where number = 'INV-5002')")).isZero();
        assertThat(run.store().query("select status from invoice where number = 'INV-5002'"))
                .containsExactly(Map.of("status", "Paid"));
    }

    @Test
    void aMemoryBombFailsOnlyItsOperation() {
        Project bomb = withScript(LEDGER, "line_invoice_open", "local s = string.rep('x', 1.5e9)\n");

        Run run = run(bomb, "lua_rules");

        assertThat(run.statuses()).containsExactly("rejected", "committed", "failed", "committed", "failed");
        assertThat(run.op(2).error().message()).isEqualTo("triggers/line_invoice_open.lua:1: string.rep would build "
                + "a string of 1500000000 bytes; the limit is " + LuaLimits.MAX_STRING + " bytes");
        assertThat(run.count("select count(*) from invoiceLine where description = 'Audit'")).isZero();
    }
}
