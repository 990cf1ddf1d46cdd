package dev.triggerstudio.beyond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.trace.golden.Difference;
import dev.triggerstudio.trace.golden.GoldenTrace;
import dev.triggerstudio.trace.golden.TraceDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTraceTest {
    @TempDir
    Path dir;

    private static ProjectTests.Outcome run(LedgerCopy p, String test, boolean record) {
        Project project = p.load();
        return new ProjectTests(project, ScriptRuntimes.standard()).recording(record)
                .run(test, project.tests().get(test), dev.triggerstudio.trace.TraceListener.NONE);
    }

    @Test
    void aRecordedGoldenTracePassesAndIsByteStable() throws IOException {
        LedgerCopy p = new LedgerCopy(dir);

        assertThat(run(p, "stanza_totals", true).passed()).isTrue();
        String first = p.read("tests/stanza_totals.trace.json");
        assertThat(run(p, "stanza_totals", true).passed()).isTrue();

        assertThat(p.read("tests/stanza_totals.trace.json")).isEqualTo(first);
        assertThat(first).doesNotContain("duration_us").contains("\"step\": \"before_triggers\"");
        assertThat(run(p, "stanza_totals", false).problems()).isEmpty();
    }

    @Test
    void aOneLineChangeToATriggerFailsWithADiffNamingTheField() {
        LedgerCopy p = new LedgerCopy(dir);
        run(p, "pay_without_date", true);
        String script = p.read("triggers/invoice_totals.stanza");
        p.write("triggers/invoice_totals.stanza", script.replace(".fields.amount.sum()", ".fields.amount.sum() + 10"));

        ProjectTests.Outcome after = run(p, "pay_without_date", false);

        assertThat(after.passed()).as("the test's own expectations still hold; only behaviour changed").isFalse();
        assertThat(after.problems()).contains(
                "  op #0 update invoice, step before_triggers, record inv-0001: total 300.0 → 310.0");
    }

    @Test
    void aTestWithoutAGoldenFileIsNotCompared() throws IOException {
        LedgerCopy p = new LedgerCopy(dir);
        // the sample carries its golden traces; this test is about one that was never recorded
        Files.deleteIfExists(p.root.resolve("tests/stanza_totals.trace.json"));

        assertThat(run(p, "stanza_totals", false).passed()).isTrue();
        assertThat(Files.exists(p.root.resolve("tests/stanza_totals.trace.json"))).isFalse();
    }

    @Test
    void anAddedTriggerIsOneAddedStepAndDurationsAreIgnored() {
        LedgerCopy p = new LedgerCopy(dir);
        run(p, "pay_without_date", true);
        String golden = p.read("tests/pay_without_date.trace.json");
        p.trigger("invoice_audit_log", "invoice", "before", "\"update\"", "stanza", "log \"audited \" + record.number\n");
        run(p, "pay_without_date", true);
        String withAudit = p.read("tests/pay_without_date.trace.json").replace("\"seq\": 1,", "\"seq\": 1, \"duration_us\": 999,");

        TraceDiff diff = TraceDiff.compare(GoldenTrace.parse(golden), GoldenTrace.normalise(GoldenTrace.parse(withAudit)));

        assertThat(diff.differences()).extracting(Difference::kind, Difference::step)
                .contains(org.assertj.core.groups.Tuple.tuple(Difference.Kind.ADDED, "before_triggers > trigger:invoice_audit_log"));
        assertThat(diff.differences()).allSatisfy(d -> assertThat(d.step()).contains("invoice_audit_log"));
        Difference added = diff.differences().getFirst();
        assertThat(added.goldenPointer()).isNull();
        assertThat(added.actualPointer()).startsWith("/operations/0/steps/");
    }
}
