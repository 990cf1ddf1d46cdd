package dev.triggerstudio.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.cascade.CascadeGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeGraphViewModelTest {
    @TempDir
    Path dir;
    private final List<String> opened = new ArrayList<>();
    private final CascadeGraphViewModel vm = new CascadeGraphViewModel((path, line) -> opened.add(path + ":" + line));

    @Test
    void everyNodeGetsItsOwnCellAndWritersComeBeforeWhatTheyWrite() {
        vm.analyze(InsightFixtures.twoTriggerCycle(dir).load());
        CascadeGraph g = vm.graphProperty().get();
        CascadeLayout layout = vm.layout();

        assertThat(layout.cells().keySet()).containsExactlyInAnyOrderElementsOf(g.nodes().stream().map(CascadeGraph.Node::id).toList());
        assertThat(new HashSet<>(layout.cells().values())).hasSameSizeAs(g.nodes());
        CascadeGraph.Edge write = g.edgesFrom("trigger:account_opening_invoice").getFirst();
        assertThat(layout.cells().get(write.to()).layer()).isGreaterThan(layout.cells().get(write.from()).layer());
    }

    @Test
    void clickingATriggerOnTheCycleOpensItsScriptAtTheWrite() {
        vm.analyze(InsightFixtures.twoTriggerCycle(dir).load());

        vm.open("trigger:line_rollup");
        vm.open("invoiceLine(update)");

        assertThat(opened).containsExactly("triggers/line_rollup.lua:4", "objects/invoiceLine.json:1");
    }

    @Test
    void aWriteWithAnUnknownTargetMarksItsTriggerInsteadOfGuessingAnEdge() {
        vm.analyze(InsightFixtures.withUnknownTarget(InsightFixtures.twoTriggerCycle(dir)).load());

        assertThat(vm.unknownTargets("trigger:account_mirror")).hasSize(1);
        assertThat(vm.graphProperty().get().edgesFrom("trigger:account_mirror")).isEmpty();
        assertThat(vm.tooltip("trigger:account_mirror")).contains("triggers/account_mirror.py:4");
        assertThat(vm.tooltip("trigger:line_rollup")).contains("cycle invoice_sync_lines → invoiceLine(update)");
    }
}
