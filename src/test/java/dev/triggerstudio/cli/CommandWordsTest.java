package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Main tells a command from a project folder by its first word, without building picocli's model. */
class CommandWordsTest {

    @Test
    void theCommandWordsAreExactlyTheSubcommandsPicocliBuildsPlusHelpAndVersion() {
        Set<String> expected = new HashSet<>(new CommandLine(new StudioCommand()).getSubcommands().keySet());
        expected.addAll(Set.of("help", "--help", "-h", "--version", "-V"));

        assertThat(Cli.commandWords()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Cli.isCommand("simulate")).isTrue();
        assertThat(Cli.isCommand("samples/crm")).isFalse();
    }

    @Test
    void aCommandLineBuildsOnlyTheSubcommandItNamesWithTheSameHelpAndVersion() {
        CommandLine whole = new CommandLine(new StudioCommand());
        for (String name : whole.getSubcommands().keySet()) {
            CommandLine lean = Cli.commandLine(name, "x");

            assertThat(lean.getSubcommands()).containsOnlyKeys(name);
            CommandLine sub = lean.getSubcommands().get(name);
            assertThat(sub.getUsageMessage()).isEqualTo(whole.getSubcommands().get(name).getUsageMessage());
            assertThat(sub.getCommandSpec().version()).containsExactly(whole.getCommandSpec().version());
        }
        assertThat(Cli.commandLine("--help").getSubcommands()).containsOnlyKeys(whole.getSubcommands().keySet());
    }

    @Test
    void theLeanCommandLineAnswersHelpVersionAndMistakesAsTheWholeOneDid() {
        assertThat(CliRun.of("simulate", "--version").out()).isEqualTo("Trigger Studio 0.1.0" + System.lineSeparator());
        assertThat(CliRun.of("check", "--help").out()).startsWith("Usage: studio check [-hV] PROJECT");
        CliRun wrong = CliRun.of("simulate", "samples/crm", "b.json", "--bogus");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).startsWith("studio: Unknown option: '--bogus' (see ./studio simulate --help)");
    }
}
