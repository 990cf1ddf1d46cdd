package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.beyond.LedgerCopy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check's cycle warnings, simulate --scale and test --record, as a user runs them. */
class BeyondCommandsTest {
    @TempDir
    Path dir;

    @Test
    void checkPrintsAThreeStepCycleThroughAnAutomationAsAWarning() {
        LedgerCopy p = new LedgerCopy(dir).trigger("line_spawns_account", "invoiceLine", "after", "\"create\"", "lua", """
                local gospel = require("gospellua")
                gospel.insert("account", {name = "From " .. tostring(record.description)})
                """);

        CliRun r = CliRun.of("check", p.root.toString());

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("triggers/account_opening_invoice.lua:4:17: warning: cycle account_opening_invoice"
                + " → invoice(create) → automation:setup_fee_line → invoiceLine(create) → line_spawns_account → account(create)");
        assertThat(r.out()).contains("0 errors, 1 warning");
    }

    @Test
    void simulateAtScaleTwoHundredNamesTheTriggerTheLimitAndTheLine() {
        LedgerCopy p = new LedgerCopy(dir);

        CliRun r = CliRun.of("simulate", p.root.toString(), "stanza_totals", "--scale", "200");

        assertThat(r.exit()).isEqualTo(ExitCodes.PROBLEM);
        assertThat(r.out()).contains("scale ×200: 1000 records")
                .contains("limit: trigger:invoice_totals broke max_queries (100) at triggers/invoice_totals.stanza:2 in op #0"
                        + " create invoice: too many queries: 101");
    }

    @Test
    void simulateAtScaleOneReportsNoLimitBroken() {
        CliRun r = CliRun.of("simulate", new LedgerCopy(dir).root.toString(), "stanza_totals", "--scale", "1");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("limit: none broken; closest is");
    }

    @Test
    void testRecordThenAChangedTriggerFailsWithTheDiff() {
        LedgerCopy p = new LedgerCopy(dir);
        CliRun recorded = CliRun.of("test", p.root.toString(), "--record");
        p.write("triggers/invoice_totals.stanza", p.read("triggers/invoice_totals.stanza")
                .replace(".fields.amount.sum()", ".fields.amount.sum() + 10"));

        CliRun again = CliRun.of("test", p.root.toString());

        assertThat(recorded.exit()).as(recorded.all()).isZero();
        assertThat(recorded.out()).contains("recorded tests/pay_without_date.trace.json");
        assertThat(again.exit()).isEqualTo(ExitCodes.PROBLEM);
        assertThat(again.out()).contains("FAIL tests/pay_without_date.json")
                .contains("op #0 update invoice, step before_triggers, record inv-0001: total 300.0 → 310.0");
    }

    @Test
    void bundlesCarryTheGoldenTraces() {
        LedgerCopy p = new LedgerCopy(dir);
        CliRun.of("test", p.root.toString(), "--record");
        Path zip = dir.resolve("ledger.zip");

        CliRun export = CliRun.of("export", p.root.toString(), "--out", zip.toString());
        CliRun inspect = CliRun.of("inspect", zip.toString());

        assertThat(export.exit()).as(export.all()).isZero();
        assertThat(inspect.out()).contains("tests/pay_without_date.trace.json");
    }
}
