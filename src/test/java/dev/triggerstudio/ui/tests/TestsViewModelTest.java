package dev.triggerstudio.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.coverage.ScriptCoverage;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Tests view's model without a toolkit: the ledger sample's tests, progress, coverage and the hint on unsaved files. */
class TestsViewModelTest {
    private final Path root = SampleCopy.of("ledger");
    private final Project project = ProjectLoader.load(root);
    private final CoverageMarks marks = new CoverageMarks();
    private final List<Double> progress = new ArrayList<>();
    private final TestsViewModel vm = new TestsViewModel(() -> project, ScriptRuntimes.standard(), TaskExecutor.sameThread(),
            marks);

    @Test
    void runsEveryTestReportsProgressAndPublishesTheCoverageOfEveryTrigger() {
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));

        vm.runAll();

        assertThat(vm.tests()).extracting(TestsViewModel.TestRow::name).containsExactlyElementsOf(project.testNames());
        assertThat(vm.tests()).allMatch(TestsViewModel.TestRow::passed);
        assertThat(progress).as("one tick per test, then done").hasSizeGreaterThanOrEqualTo(project.testNames().size())
                .endsWith(1.0);
        assertThat(vm.coverage()).extracting(ScriptCoverage::path).containsExactlyInAnyOrderElementsOf(
                project.triggers().values().stream().map(t -> t.scriptPath()).toList());
        assertThat(marks.of("triggers/invoice_fields.lua")).get().extracting(ScriptCoverage::covered, ScriptCoverage::executable)
                .containsExactly(5, 9);
        assertThat(vm.statusProperty().get()).startsWith(project.testNames().size() + " passed, 0 failed · ")
                .contains(" lines covered (");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void saysWhichUnsavedFilesTheRunDidNotInclude() {
        vm.unsavedFiles(() -> List.of("invoice_fields.lua"));

        vm.runAll();

        assertThat(vm.statusProperty().get()).endsWith(" · not in this run, unsaved: invoice_fields.lua (save, then run again)");
    }

    @Test
    void roundsTheShareDownSoThatAlmostAllNeverReadsAll() {
        assertThat(TestsViewModel.percent(99.6)).isEqualTo("99%");
        assertThat(TestsViewModel.percent(100)).isEqualTo("100%");
        assertThat(TestsViewModel.percent(55.55)).isEqualTo("55%");
    }
}
