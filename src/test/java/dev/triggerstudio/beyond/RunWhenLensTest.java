package dev.triggerstudio.beyond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.RunWhenLens;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.engine.scale.BatchScaler;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.TraceListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWhenLensTest {
    @TempDir
    Path dir;
    private Project project;
    private Store store;

    /** The ledger with forty-odd invoices: stanza_totals ×20 (totals vary) and the clerk's batch. */
    @BeforeEach
    void fillStore() {
        project = new LedgerCopy(dir)
                .trigger("invoice_read_guard", "invoice", "before", "\"read\"", "lua", """
                        local gospel = require("gospellua")
                        if context.user.id == "dave" then
                            gospel.rejectTransaction("auditors read invoices through reports")
                            return
                        end
                        """).load();
        store = Simulator.openStore(project, null, false);
        try (Simulator sim = new Simulator(project, store, ScriptRuntimes.standard())) {
            sim.run(BatchScaler.scale(project, project.batches().get("stanza_totals"), 20), null, TraceListener.NONE);
            List<dev.triggerstudio.model.Operation> clerk = project.batches().get("clerk").operations();
            sim.run(new dev.triggerstudio.model.Batch("bob", clerk.subList(0, 2)), null, TraceListener.NONE);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RunWhen all(Condition... c) {
        return new RunWhen(Match.ALL, List.of(c));
    }

    private long sql(String query) {
        return ((Number) store.query(query).getFirst().get("n")).longValue();
    }

    @Test
    void theCountMatchesADirectSqlCount() {
        RunWhenLens lens = new RunWhenLens(project, store);

        RunWhenLens.Match big = lens.match("invoice", all(new Condition("total", Predicate.GREATER_THAN, 650.5)));
        RunWhenLens.Match sentAcme = lens.match("invoice", all(new Condition("status", Predicate.EQUALS, "Sent"),
                new Condition("account", Predicate.EQUALS, "Acme")));

        assertThat(big.count()).isPositive()
                .isEqualTo(sql("select count(*) as n from invoice where total > 650.5"));
        assertThat(sentAcme.count()).isPositive().isEqualTo(sql("select count(*) as n from invoice i join account a"
                + " on a.id = i.account where i.status = 'Sent' and a.name = 'Acme'"));
        assertThat(big.total()).isEqualTo(sql("select count(*) as n from invoice"));
        assertThat(sentAcme.ids()).hasSize(sentAcme.count());
        assertThat(sentAcme.records()).allSatisfy(r -> assertThat(r.get("account")).isInstanceOf(java.util.Map.class));
    }

    @Test
    void aChangedConditionMatchesNoStoredRecordAndSaysSo() {
        RunWhenLens.Match m = new RunWhenLens(project, store).match("invoice",
                all(new Condition("status", Predicate.CHANGED, null)));

        assertThat(m.count()).isZero();
        assertThat(m.usesChanged()).isTrue();
    }

    @Test
    void aBeforeReadPreviewShowsWhatEachUserWouldSee() {
        RunWhenLens lens = new RunWhenLens(project, store);
        String clockBefore = store.meta("clock");

        RunWhenLens.ReadPreview alice = lens.preview("invoice", "alice", null, ScriptRuntimes.standard());
        RunWhenLens.ReadPreview bob = lens.preview("invoice", "bob", null, ScriptRuntimes.standard());
        RunWhenLens.ReadPreview dave = lens.preview("invoice", "dave", null, ScriptRuntimes.standard());

        assertThat(alice.status()).isEqualTo("committed");
        assertThat(alice.records()).hasSize((int) sql("select count(*) as n from invoice"));
        assertThat(alice.triggers()).extracting(RunWhenLens.TriggerRun::source).containsExactly("trigger:invoice_read_guard");
        assertThat(bob.records()).hasSize((int) sql("select count(*) as n from invoice where owner = 'bob'")).isNotEmpty();
        assertThat(dave.status()).isEqualTo("rejected");
        assertThat(dave.error().message()).contains("auditors read invoices through reports");
        assertThat(store.meta("clock")).as("the preview ran on a copy").isEqualTo(clockBefore);
    }

    @Test
    void aReadPreviewOfOneRecordRunsTheBeforeReadTriggers() {
        RunWhenLens lens = new RunWhenLens(project, store);

        RunWhenLens.ReadPreview alice = lens.previewRead("invoice", "alice", List.of("inv-0001"), ScriptRuntimes.standard());
        RunWhenLens.ReadPreview dave = lens.previewRead("invoice", "dave", List.of("inv-0001"), ScriptRuntimes.standard());

        assertThat(alice.records()).extracting(r -> r.get("id")).containsExactly("inv-0001");
        assertThat(alice.triggers()).extracting(RunWhenLens.TriggerRun::status).containsExactly("ok");
        assertThat(dave.status()).isEqualTo("rejected");
        assertThat(dave.triggers()).extracting(RunWhenLens.TriggerRun::status).containsExactly("rejected");
    }
}
