package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A broken batch is that batch's problem: the session lists it as broken and runs the others (issue 16). */
class SimulatorSessionBrokenBatchTest {
    private final Path root = SampleCopy.of("ledger");
    private final SimulatorSession session = new SimulatorSession(root, ScriptRuntimes.standard(), TaskExecutor.sameThread());

    @Test
    void aHalfWrittenBatchIsListedBrokenAndTheOthersRun() throws Exception {
        Files.writeString(root.resolve("batches/wip.json"), "{\"user\": \"alice\", \"operations\": [{\"op\": \"cre");
        session.reload();

        assertThat(session.batches()).filteredOn(BatchEntry::broken).extracting(BatchEntry::name).containsExactly("wip");
        assertThat(session.batches()).filteredOn(BatchEntry::broken).first()
                .satisfies(b -> assertThat(b.error().toString()).startsWith("batches/wip.json:1:"));
        assertThat(session.batchNames()).contains("lifecycle").doesNotContain("wip");
        session.selectBatch("wip");
        assertThat(session.batch()).as("a broken batch cannot be chosen").isNull();
        session.selectBatch("lifecycle");
        assertThat(session.run()).isTrue();
        assertThat(session.trace().operations()).extracting(OperationTrace::status).containsOnly("committed");
    }

    @Test
    void aFreshReadListsTheFixedBatchAndKeepsUnsavedEditsOfTheChosenOne() throws Exception {
        Files.writeString(root.resolve("batches/wip.json"), "{\"operations\": [");
        session.reload();
        session.selectBatch("lifecycle");
        int ops = session.batch().operations().size();
        session.batch().addOperation(Operation.Kind.CREATE, "account");

        Files.writeString(root.resolve("batches/wip.json"), "{\"operations\": []}");
        session.apply(ProjectLoader.check(root));

        assertThat(session.batchNames()).contains("wip", "lifecycle");
        assertThat(session.batches()).noneMatch(BatchEntry::broken);
        assertThat(session.batch().name()).isEqualTo("lifecycle");
        assertThat(session.batch().operations()).as("the unsaved edit is kept").hasSize(ops + 1);
    }

    @Test
    void aFreshReadShowsTheChosenBatchAsChangedOnDiskWhenItHasNoEdits() throws Exception {
        session.reload();
        session.selectBatch("lifecycle");
        Files.writeString(root.resolve("batches/lifecycle.json"), "{\"user\": \"alice\", \"operations\": []}");
        session.apply(ProjectLoader.check(root));

        assertThat(session.batch().operations()).isEmpty();
    }

    @Test
    void aNewBatchIsListedAtOnceAndASavedOneWithoutARun() {
        session.reload();
        assertThat(session.newBatch("fresh")).isTrue();
        assertThat(session.batchNames()).contains("fresh");
        session.batch().addOperation(Operation.Kind.CREATE, "account");
        session.batch().addRow(0);
        session.batch().setCell(0, 0, "name", "Fresh");
        assertThat(session.saveBatch()).isTrue();

        session.apply(ProjectLoader.check(root));
        assertThat(session.batchNames()).contains("fresh");
        assertThat(session.batch().name()).isEqualTo("fresh");
    }
}
