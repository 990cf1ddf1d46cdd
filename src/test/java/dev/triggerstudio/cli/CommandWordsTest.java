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
}
