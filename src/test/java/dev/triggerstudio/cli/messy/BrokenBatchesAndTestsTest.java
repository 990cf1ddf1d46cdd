package dev.triggerstudio.cli.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broken batch or test is that file's problem (docs/architecture.md#contracts): runs of other batches and tests go on,
 * whatever the command, and a broken test file is one failed test with its position.
 */
class BrokenBatchesAndTestsTest {
    /** What a batch looks like while it is being typed, and other ways of being wrong. */
    static final String HALF_WRITTEN = "{\"user\": \"alice\", \"operations\": [\n  {\"op\": \"create\", \"obj";
    static final String UNKNOWN_REF = "{\"user\": \"alice\", \"operations\": [{\"op\": \"delete\", \"object\": \"invoice\","
            + " \"ids\": [\"$nope\"]}]}";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {HALF_WRITTEN, UNKNOWN_REF, "null", "[]", "{\"user\": \"alice\", \"operations\": [null]}"})
    void aBrokenBatchDoesNotBlockSimulateOfAnotherBatch(String wip) {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", wip);

        MessyCopy.Run run = ledger.studio("simulate", "lifecycle");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("#0 create invoice: committed");
    }

    @Test
    void aBrokenBatchDoesNotBlockScaleResetOrExport() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", HALF_WRITTEN);

        assertThat(ledger.studio("simulate", "lifecycle", "--scale", "2").exit()).isZero();
        String db = tmp.resolve("ledger.db").toString();
        assertThat(ledger.studio("simulate", "lifecycle", "--db", db).exit()).isZero();
        MessyCopy.Run reset = ledger.studio("simulate", "lifecycle", "--db", db, "--reset");
        assertThat(reset.exit()).as(reset.err()).isZero();
        MessyCopy.Run export = ledger.studio("export", "--out", tmp.resolve("ledger.zip").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("1 error(s) in batches/ or tests/");
        assertThat(Files.exists(tmp.resolve("ledger.zip"))).isTrue();
    }

    @Test
    void runningTheBrokenBatchItselfIsBadInputAtItsPosition() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", HALF_WRITTEN);

        MessyCopy.Run run = ledger.studio("simulate", "wip");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("studio: batches/wip.json:2:24: error: the JSON ends here but is not"
                + " complete (a half-written file?); close every open \", [ and {");
    }

    @Test
    void aBrokenBatchDoesNotBlockTheTestsThatDoNotUseIt() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", UNKNOWN_REF);

        MessyCopy.Run run = ledger.studio("test");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.lastLine()).isEqualTo("7 passed, 0 failed");
    }

    @Test
    void aHalfWrittenTestIsOneFailedTestWithItsPositionAndTheOthersRun() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("tests/wip.json", "{\"batch\": \"batches/lifecycle.json\", \"exp");

        MessyCopy.Run run = ledger.studio("test");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL tests/wip.json\n    tests/wip.json:1:41: error: the JSON ends here but is not"
                + " complete (a half-written file?); close every open \", [ and {");
        assertThat(run.out()).contains("PASS tests/lifecycle.json");
        assertThat(run.lastLine()).isEqualTo("7 passed, 1 failed");
    }

    @Test
    void aNullTestIsAFailedTestNotASkippedOne() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("tests/nothing.json", "null");

        MessyCopy.Run run = ledger.studio("test");

        assertThat(run.out()).contains("FAIL tests/nothing.json\n    tests/nothing.json:1:1: error: the file holds null,"
                + " but a test is one JSON object: {\"batch\": \"batches/x.json\", \"expect\": {...}}");
        assertThat(run.lastLine()).isEqualTo("7 passed, 1 failed");
    }

    @Test
    void aTestWhoseBatchIsBrokenFailsWithTheBatchsPosition() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/lifecycle.json", HALF_WRITTEN);

        MessyCopy.Run run = ledger.studio("test");

        assertThat(run.out()).contains("FAIL tests/lifecycle.json\n    batches/lifecycle.json:2:24: error:");
        assertThat(run.lastLine()).isEqualTo("6 passed, 1 failed");
    }

    @Test
    void recordingGoldenTracesIsNotBlockedByABrokenTest() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("tests/wip.json", "[1, 2");

        MessyCopy.Run run = ledger.studio("test", "--record");

        assertThat(run.out()).contains("recorded tests/lifecycle.trace.json");
        assertThat(run.lastLine()).isEqualTo("7 passed, 1 failed");
        assertThat(Files.exists(ledger.root().resolve("tests/lifecycle.trace.json"))).isTrue();
    }

    @Test
    void aBrokenBatchInThePythonSampleDoesNotBlockItsRun() {
        MessyCopy crm = MessyCopy.of("crm", tmp).with("batches/wip.json", HALF_WRITTEN);

        MessyCopy.Run run = crm.studio("simulate", "rejection");

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("wip.json");
    }
}
