package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

/** One in-process run of {@code ./studio}, and the rules every outcome must follow. */
record CliOutcome(String[] args, int exit, String out, String err) {
    static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Caused by: |\\bjava\\.lang\\.\\w+(Exception|Error)\\b");
    static final Pattern POSITION = Pattern.compile("[^\\s:]+:\\d+:\\d+: ");

    static CliOutcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliOutcome(args, code, out.toString(), err.toString());
    }

    /** No stack trace anywhere, an exit code of the contract, and bad input as one line with a position. */
    CliOutcome isClear(int... allowedExits) {
        return isClear(true, allowedExits);
    }

    /** Bundle errors name the bundle entry rather than a line: positioned is false for them. */
    CliOutcome isClear(boolean positioned, int... allowedExits) {
        String all = out + err;
        assertThat(all).as("no stack trace for %s", String.join(" ", args)).doesNotContainPattern(STACK_TRACE);
        assertThat(allowedExits).as("exit code of %s (err: %s)", String.join(" ", args), err).contains(exit);
        if (exit == 2) {
            assertThat(err.strip().lines().count()).as("one error line: %s", err).isEqualTo(1);
            assertThat(err).as("error starts with studio:").startsWith("studio: ");
            if (positioned) {
                assertThat(err).as("error names a file position").containsPattern(POSITION);
            }
        }
        return this;
    }
}
