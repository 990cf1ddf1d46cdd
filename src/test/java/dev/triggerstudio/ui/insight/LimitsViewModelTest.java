package dev.triggerstudio.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.scale.LimitKind;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void runsEachScaleAndPointsAtTheQueryInLoopTriggerAndItsLine() {
        Project p = InsightFixtures.queryInLoop(dir).load();
        LimitsViewModel vm = new LimitsViewModel(p, ScriptRuntimes.standard(), TaskExecutor.sameThread());

        vm.measure("two_accounts", List.of(1, 200), null);

        assertThat(vm.runs()).extracting(r -> r.scale()).containsExactly(1, 200);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.firstBreak().path()).isEqualTo("triggers/account_peers.lua");
        assertThat(vm.firstBreak().line()).isEqualTo(4);
        assertThat(vm.statusProperty().get()).contains("trigger:account_peers broke max_queries (100)");
        assertThat(LimitsViewModel.bars(vm.runs().get(0))).filteredOn(LimitsViewModel.Bar::broken).isEmpty();
        assertThat(LimitsViewModel.bars(vm.runs().get(1))).filteredOn(LimitsViewModel.Bar::broken)
                .extracting(b -> b.source() + " " + b.limit()).containsExactly("trigger:account_peers " + LimitKind.MAX_QUERIES);
    }

    @Test
    void eachBarNamesTheLineThatSpentTheMostOfItsLimit() {
        Project p = InsightFixtures.queryInLoop(dir).load();
        LimitsViewModel vm = new LimitsViewModel(p, ScriptRuntimes.standard(), TaskExecutor.sameThread());

        vm.measure("two_accounts", List.of(1), null);

        // two records, each loading three peers on line 4: the line spent every query of the trigger
        LimitsViewModel.Bar queries = LimitsViewModel.bars(vm.runs().getFirst()).stream()
                .filter(b -> b.source().equals("trigger:account_peers") && b.limit() == LimitKind.MAX_QUERIES)
                .findFirst().orElseThrow();
        assertThat(queries.spentMost().line()).isEqualTo(4);
        assertThat(queries.spentMost().path()).isEqualTo("triggers/account_peers.lua");
        assertThat(queries.spentMost().spent()).isEqualTo(6).isEqualTo(queries.used());
        assertThat(queries.spentMost().describe()).isEqualTo("most queries at triggers/account_peers.lua:4 (6 of 6)");
        LimitsViewModel.Bar fuel = LimitsViewModel.bars(vm.runs().getFirst()).stream()
                .filter(b -> b.source().equals("trigger:account_peers") && b.limit() == LimitKind.STANZA_FUEL)
                .findFirst().orElseThrow();
        assertThat(fuel.spentMost().line()).isBetween(2, 8);
    }

    @Test
    void cancelStopsTheRunningScaleAndRunsNoMore() {
        Project p = InsightFixtures.queryInLoop(dir).load();
        LimitsViewModel[] holder = new LimitsViewModel[1];
        // the UI side cancels as soon as the first progress arrives, as a click on Cancel would
        TaskExecutor cancelling = new TaskExecutor() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
                onResult.accept(work.get());
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
                holder[0].cancel();
            }
        };
        holder[0] = new LimitsViewModel(p, ScriptRuntimes.standard(), cancelling);

        holder[0].measure("two_accounts", List.of(1, 200, 2000), null);

        assertThat(holder[0].runs()).isEmpty();
        assertThat(holder[0].runningProperty().get()).isFalse();
        assertThat(holder[0].statusProperty().get()).startsWith("cancelled after 1 of 3 scales");
    }

    @Test
    void theWorkRunsOnTheExecutorsThreadNotTheCallers() throws Exception {
        Project p = InsightFixtures.queryInLoop(dir).load();
        Thread caller = Thread.currentThread();
        CountDownLatch done = new CountDownLatch(1);
        Thread[] ranOn = new Thread[1];
        TaskExecutor background = new TaskExecutor() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
                Thread t = new Thread(() -> {
                    T r = work.get();
                    onResult.accept(r);
                });
                t.start();
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };
        LimitsViewModel vm = new LimitsViewModel(p, ScriptRuntimes.standard(), background);
        vm.runningProperty().addListener((o, a, running) -> {
            if (!running) {
                ranOn[0] = Thread.currentThread();
                done.countDown();
            }
        });

        vm.measure("two_accounts", List.of(1), null);

        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn[0]).isNotSameAs(caller);
        assertThat(vm.runs()).hasSize(1);
    }
}
