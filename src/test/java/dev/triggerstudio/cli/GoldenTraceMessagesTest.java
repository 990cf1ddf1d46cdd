package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A golden trace that cannot be compared is one line in our words, at its file:line:col, saying
 * what to do: never the JSON library's own text (issue 21, messages in our words; issue 16 item 4).
 */
class GoldenTraceMessagesTest {
    @TempDir
    Path tmp;

    @Test
    void aHalfWrittenGoldenTraceIsOneLineAtItsPositionWithWhatToDo() throws Exception {
        Path ledger = SampleCopy.of("ledger", tmp);
        Path golden = ledger.resolve("tests/clerk.trace.json");
        Files.writeString(golden, "{\n  \"operations\": [\n    {\"index\": 0,");

        CliRun run = CliRun.of("test", ledger.toString());

        assertThat(run.all()).contains("FAIL tests/clerk.json")
                .contains("tests/clerk.trace.json:3:").contains("record it again with ./studio test --record")
                .doesNotContain("Jackson").doesNotContain("jackson").doesNotContain("[Source:")
                .doesNotContain("StreamReadFeature").doesNotContain("Exception");
        assertThat(run.all().lines().filter(l -> l.contains("clerk.trace.json"))).singleElement().asString()
                .matches("\\s*tests/clerk\\.trace\\.json:3:\\d+: .*");
        assertThat(run.all()).contains("passed, 1 failed");
    }

    @Test
    void aGoldenFileThatIsNotATraceSaysSoAndWhatToDo() throws Exception {
        Path ledger = SampleCopy.of("ledger", tmp);
        Files.writeString(ledger.resolve("tests/clerk.trace.json"), "[1, 2]\n");

        CliRun run = CliRun.of("test", ledger.toString());

        assertThat(run.all().lines().filter(l -> l.contains("clerk.trace.json"))).singleElement().asString()
                .contains("tests/clerk.trace.json:1:1: ").contains("not a golden trace")
                .contains("record it again with ./studio test --record");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("op #0");
    }
}
