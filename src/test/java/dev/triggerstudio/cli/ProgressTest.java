package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 9: on a terminal, simulate and test show progress on stderr; elsewhere they are
 * silent, and --json output stays pure JSON either way.
 */
class ProgressTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        Progress.stderrIsTerminal = Terminal::stderrIsTerminal;
    }

    @Test
    void simulateOnATerminalShowsOperationsDoneOfTotalAndRecordsPerSecond() throws Exception {
        Progress.stderrIsTerminal = () -> true;

        CliRun run = CliRun.capturingStdout("simulate", SampleCopy.of("ledger", tmp).toString(), "lifecycle", "--json");

        assertThat(run.exit()).as(run.all()).isLessThanOrEqualTo(1);
        assertThat(run.err()).contains("\rsimulate: 5/5 operations, ").containsPattern("\\d+ records/s").endsWith("\n");
        assertThat(new ObjectMapper().readTree(run.out()).path("operations").size()).isEqualTo(5); // pure JSON
        assertThat(run.out()).doesNotContain("records/s");
    }

    @Test
    void simulateElsewhereIsSilentOnStderr() {
        Progress.stderrIsTerminal = () -> false;

        CliRun run = CliRun.capturingStdout("simulate", SampleCopy.of("ledger", tmp).toString(), "lifecycle", "--json");

        assertThat(run.err()).isEmpty();
    }

    @Test
    void testOnATerminalShowsTestsDoneOfTotal() {
        Progress.stderrIsTerminal = () -> true;

        CliRun run = CliRun.of("test", SampleCopy.of("ledger", tmp).toString());

        assertThat(run.err()).contains("\rtest: 7/7 tests, ").contains(" records/s");
        assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ passed, \\d+ failed");
    }

    @Test
    void testElsewhereIsSilentOnStderr() {
        Progress.stderrIsTerminal = () -> false;

        CliRun run = CliRun.of("test", SampleCopy.of("ledger", tmp).toString());

        assertThat(run.err()).isEmpty();
    }

    @Test
    void stderrRedirectedToAFileIsNotATerminal() {
        // surefire runs this JVM with stderr on a pipe or file: the real check must say no
        assertThat(Terminal.stderrIsTerminal()).isFalse();
    }
}
