package dev.triggerstudio.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.beyond.LedgerCopy;
import dev.triggerstudio.engine.ProjectStore;
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
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWhenLensViewModelTest {
    @TempDir
    Path dir;
    private Project project;
    private Store store;
    private RunWhenLensViewModel vm;

    /** The ledger with twenty copies of stanza_totals' invoices and a Before-read guard that rejects dave. */
    @BeforeEach
    void fill() {
        project = new LedgerCopy(dir).trigger("invoice_read_guard", "invoice", "before", "\"read\"", "lua", """
                local gospel = require("gospellua")
                if context.user.id == "dave" then
                    gospel.rejectTransaction("auditors read invoices through reports")
                end
                """).load();
        store = Simulator.openStore(project, null, false);
        try (Simulator sim = new Simulator(project, store, ScriptRuntimes.standard())) {
            sim.run(BatchScaler.scale(project, project.batches().get("stanza_totals"), 20), null, TraceListener.NONE);
        }
        vm = new RunWhenLensViewModel(project, ProjectStore.over(project, store), ScriptRuntimes.standard(), TaskExecutor.sameThread());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long sql(String query) {
        return ((Number) store.query(query).getFirst().get("n")).longValue();
    }

    @Test
    void theCountShownMatchesADirectSqlCount() {
        vm.match("invoice", new RunWhen(Match.ALL, List.of(new Condition("total", Predicate.GREATER_THAN, 650.5))));

        RunWhenLens.Match m = vm.matchProperty().get();
        long expected = sql("select count(*) as n from invoice where total > 650.5");
        assertThat(m.count()).isPositive().isEqualTo(expected);
        assertThat(RunWhenLensViewModel.summary(m)).isEqualTo(expected + " of " + sql("select count(*) as n from invoice")
                + " invoice records match");
        assertThat(RunWhenLensViewModel.rows(m, "number")).hasSize((int) expected).allMatch(r -> r.contains("INV-"));
    }

    @Test
    void aBadObjectShowsAnErrorInsteadOfACount() {
        vm.match("invoices", null);

        assertThat(vm.matchProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).startsWith("unknown object \"invoices\"");
    }

    @Test
    void forABeforeReadTriggerTheChosenUserSeesWhatTheEngineReturns() {
        var guard = project.triggers().get("invoice_read_guard");
        assertThat(RunWhenLensViewModel.isBeforeRead(guard)).isTrue();

        vm.preview(guard, "alice");
        RunWhenLens.ReadPreview alice = vm.previewProperty().get();
        vm.preview(guard, "dave");
        RunWhenLens.ReadPreview dave = vm.previewProperty().get();

        assertThat(alice.records()).hasSize((int) sql("select count(*) as n from invoice"));
        assertThat(dave.status()).isEqualTo("rejected");
        assertThat(dave.records()).isEmpty();
    }

    @Test
    void aCountThatCannotBeMadeEndsCountingAndSaysWhy() {
        Store closed = Simulator.openStore(project, null, false);
        closed.close();
        RunWhenLensViewModel broken = new RunWhenLensViewModel(project, ProjectStore.over(project, closed), ScriptRuntimes.standard(),
                TaskExecutor.sameThread());

        broken.match("invoice", RunWhen.ALWAYS);

        assertThat(broken.countingProperty().get()).isFalse();
        assertThat(broken.matchProperty().get()).isNull();
        assertThat(broken.errorProperty().get()).isNotBlank();
    }
}
