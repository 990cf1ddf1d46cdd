package dev.triggerstudio.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.trace.golden.Difference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceDiffViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aOneLineChangeIsHighlightedOnBothSidesAtTheChangedField() throws Exception {
        var p = InsightFixtures.goldenThenOneLineChange(dir);

        TraceDiffViewModel vm = TraceDiffViewModel.ofTest(p.load(), "pay_without_date", ScriptRuntimes.standard());

        Difference total = vm.differences().stream().filter(d -> "total".equals(d.field())).findFirst().orElseThrow();
        assertThat(total.describe()).isEqualTo("op #0 update invoice, step before_triggers, record inv-0001: total 300.0 → 310.0");
        int g = vm.goldenLine(total);
        int a = vm.actualLine(total);
        assertThat(vm.goldenLines().get(g)).contains("\"total\"").contains("300");
        assertThat(vm.actualLines().get(a)).contains("\"total\"").contains("310");
        assertThat(vm.goldenMarks()).containsEntry(g, TraceDiffViewModel.Mark.CHANGED);
        assertThat(vm.actualMarks()).containsEntry(a, TraceDiffViewModel.Mark.CHANGED);
    }

    @Test
    void theSameBehaviourMarksNothing() throws Exception {
        var p = InsightFixtures.goldenThenOneLineChange(dir);
        String script = p.read("triggers/invoice_totals.stanza");
        p.write("triggers/invoice_totals.stanza", script.replace(".fields.amount.sum() + 10", ".fields.amount.sum()"));

        TraceDiffViewModel vm = TraceDiffViewModel.ofTest(p.load(), "pay_without_date", ScriptRuntimes.standard());

        assertThat(vm.differences()).isEmpty();
        assertThat(vm.goldenMarks()).isEmpty();
        assertThat(vm.goldenLines()).isEqualTo(vm.actualLines());
    }

    @Test
    void aTestWithoutAGoldenFileSaysHowToRecordIt() throws Exception {
        var p = new dev.triggerstudio.beyond.LedgerCopy(dir);
        // the sample carries its golden traces; this test is about one that was never recorded
        java.nio.file.Files.deleteIfExists(p.root.resolve("tests/stanza_totals.trace.json"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        TraceDiffViewModel.ofTest(p.load(), "stanza_totals", ScriptRuntimes.standard()))
                .hasMessage("tests/stanza_totals.trace.json does not exist; record it with ./studio test --record");
    }
}
