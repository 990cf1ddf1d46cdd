package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.simulator.SampleCopy;
import dev.triggerstudio.ui.simulator.model.SimulatorSession.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorSessionTest {
    private final Path root = SampleCopy.of("ledger");
    private final SimulatorSession session = new SimulatorSession(root, ScriptRuntimes.standard(), TaskExecutor.sameThread());
    private final List<Event> events = new ArrayList<>();

    SimulatorSessionTest() {
        session.addListener(events::add);
        session.reload();
    }

    private List<Map<String, Object>> rows(String object) {
        List<List<Map<String, Object>>> got = new ArrayList<>();
        session.readRows(object, got::add);
        return got.getFirst();
    }

    @Test
    void runsTheChosenBatchIntoAStoreUnderDotStudioThatGitIgnores() throws Exception {
        session.selectBatch("lifecycle");

        assertThat(session.run()).isTrue();

        assertThat(session.trace().operations()).extracting(OperationTrace::status).containsOnly("committed");
        assertThat(session.status()).startsWith("5 operations: 5 committed, 0 rejected, 0 failed");
        assertThat(Files.exists(root.resolve(".studio/store.db"))).isTrue();
        assertThat(Files.readString(root.resolve(".studio/.gitignore"))).contains("*");
        assertThat(events).contains(Event.RUN_STATE, Event.TRACE, Event.STORE);
        assertThat(session.runState()).isEqualTo(SimulatorSession.RunState.IDLE);
    }

    @Test
    void runsWithTheRuntimesItIsGivenNotOnesItBuilds() {
        SimulatorSession withoutLanguages = new SimulatorSession(root, ScriptRuntimes.of(), TaskExecutor.sameThread());
        withoutLanguages.reload();
        withoutLanguages.selectBatch("lifecycle");

        withoutLanguages.run();

        assertThat(withoutLanguages.trace().operations().getFirst().status()).isEqualTo("failed");
        assertThat(withoutLanguages.trace().operations().getFirst().error().message()).contains("no runtime for");
    }

    @Test
    void runsTheTriggersAsTheyAreOnDiskNow() throws Exception {
        session.selectBatch("stanza_status");
        session.run();
        Path script = root.resolve("triggers/invoice_status.stanza");
        Files.writeString(script, Files.readString(script).replace("A new invoice must be", "New invoices must be"));
        session.resetStore();

        session.run();

        assertThat(session.trace().operations().getFirst().error().message()).startsWith("New invoices must be Draft or Sent");
    }

    @Test
    void aProjectThatNoLongerLoadsStopsTheRunAndSaysWhere() throws Exception {
        session.selectBatch("stanza_status");
        Files.writeString(root.resolve("objects/invoice.json"), "{ broken");

        assertThat(session.run()).isFalse();

        assertThat(session.status()).startsWith("objects/invoice.json:1:");
    }

    @Test
    void keepsTheStoreAcrossRunsUntilReset() {
        int seeded = rows("invoice").size();
        session.selectBatch("lifecycle");
        session.run();
        session.selectBatch("stanza_status");
        session.run();
        assertThat(rows("invoice")).hasSize(seeded + 2);

        session.resetStore();

        assertThat(rows("invoice")).hasSize(seeded);
        assertThat(session.status()).isEqualTo("Store reset from data/");
    }

    @Test
    void actsAsTheChosenUser() {
        session.selectBatch("lifecycle");
        session.user("dave");

        session.run();

        assertThat(session.trace().operations().getFirst().status()).isEqualTo("rejected");
        assertThat(session.trace().operations().getFirst().error().step()).isEqualTo("check_permissions");
    }

    @Test
    void refusesToRunABatchThatDoesNotValidateAndSaysWhere() {
        session.selectBatch("lifecycle");
        session.batch().setCell(2, 0, "id", "$nowhere");

        assertThat(session.run()).isFalse();

        assertThat(session.status()).startsWith("batches/lifecycle.json:").contains("unknown reference \"$nowhere\"");
        assertThat(session.trace().operations()).isEmpty();
    }

    @Test
    void stepsForwardAndBackAndSelectsStepsFromTheTree() {
        session.selectBatch("stanza_status");
        session.run();

        session.stepForward();
        session.stepForward();
        assertThat(session.cursor().current().orElseThrow().step().step()).isEqualTo("check_permissions");
        session.stepBack();
        assertThat(session.cursor().current().orElseThrow().step().step()).isEqualTo("initialize");
        TraceNode rejected = session.trace().operations().get(3).steps().stream()
                .filter(s -> "rejected".equals(s.status())).findFirst().orElseThrow();
        session.select(rejected);
        assertThat(session.cursor().current().orElseThrow().op().index()).isEqualTo(3);
    }

    @Test
    void savesTheRunsTraceAndOpensItAgain() {
        session.selectBatch("stanza_status");
        session.run();
        BatchTrace live = session.trace();
        Path file = root.resolve("saved.json");

        session.saveTrace(file);
        session.openTrace(file);

        assertThat(session.trace()).isNotSameAs(live);
        assertThat(session.trace().stepCount()).isEqualTo(live.stepCount());
        assertThat(session.traceMatchesStore()).isFalse();
        assertThat(session.status()).startsWith("Opened saved.json: 4 operations");
    }

    @Test
    void makesANewBatchOnlyWithAFreshFileName() {
        assertThat(session.newBatch("lifecycle")).isFalse();
        assertThat(session.newBatch("bad name")).isFalse();

        assertThat(session.newBatch("mine")).isTrue();

        assertThat(session.batch().name()).isEqualTo("mine");
        assertThat(session.batch().operations()).isEmpty();
    }

    @Test
    void readsTheOutbox() {
        session.selectBatch("lifecycle");
        session.run();
        List<List<Map<String, Object>>> got = new ArrayList<>();

        session.readOutbox(got::add);

        assertThat(got.getFirst()).isNotEmpty().allSatisfy(r -> assertThat(r).containsKeys("kind", "payload"));
    }
}
