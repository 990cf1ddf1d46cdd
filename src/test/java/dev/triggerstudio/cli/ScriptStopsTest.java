package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, items 6 and 10: a Stanza text literal past the text limit is a compile error at its
 * position, and a Python trigger calling os._exit or running past its timeout fails at its own
 * line, not with Java's ThreadDeath or only its file.
 */
class ScriptStopsTest {
    @TempDir
    Path tmp;

    @Test
    void aStanzaTextLiteralOverTheLimitIsAnErrorAtItsPosition() throws Exception {
        Path ledger = SampleCopy.of("ledger", tmp);
        Path script = ledger.resolve("triggers/invoice_status.stanza");
        Files.writeString(script, Files.readString(script) + "set record.number = \"" + "x".repeat(9 * 1024 * 1024) + "\"\n");

        CliRun check = CliRun.of("check", ledger.toString());

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).containsPattern("triggers/invoice_status.stanza:4:21: error: Text of 9437184 characters is over"
                + " the limit of 8388608 characters");
        CliRun run = CliRun.of("simulate", ledger.toString(), "stanza_status");
        assertThat(run.all()).doesNotContain("committed");
    }

    @Test
    void aPythonTriggerCallingOsExitFailsAtItsLineNamingTheTrigger() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        SampleCopy.write(crm.resolve("triggers/lead_full_name.py"), """
                from valstorm.trigger_context import RecordTriggerContext
                import os


                async def execute(context: RecordTriggerContext):
                    if 'Before' in context.trigger_context:
                        os._exit(3)
                """);

        CliRun run = CliRun.of("simulate", crm.toString(), "lifecycle");

        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("#0 create lead: failed at before_triggers by trigger:lead_full_name:"
                + " triggers/lead_full_name.py:7: PermissionError: os._exit");
        assertThat(run.all()).doesNotContain("ThreadDeath").doesNotContain("java.");
    }

    @Test
    void aPythonTriggerStoppedAtItsTimeoutFailsAtTheLineItWasOn() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        Path project = crm.resolve("project.json");
        Files.writeString(project, Files.readString(project).replaceFirst("\\{", "{\"limits\": {\"trigger_timeout_ms\": 1000},"));
        SampleCopy.write(crm.resolve("triggers/lead_full_name.py"), """
                from valstorm.trigger_context import RecordTriggerContext


                async def execute(context: RecordTriggerContext):
                    seen = 0
                    for lead in context.new_map.values():
                        while lead:
                            seen += 1
                """);

        CliRun run = CliRun.of("simulate", crm.toString(), "lifecycle");

        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("#0 create lead: failed at before_triggers by trigger:lead_full_name:"
                + " triggers/lead_full_name.py:8: the Python trigger ran longer than 1000 ms");
        assertThat(run.all()).doesNotContain("java.");
    }
}
