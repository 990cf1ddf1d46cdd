package dev.triggerstudio.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.beyond.LedgerCopy;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.ui.common.HeldExecutor;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightViewModelTest {
    @TempDir
    Path dir;

    @Test
    void analysesTheCascadeAndCopiesTheStoreWithoutCreatingTheSimulatorsFile() {
        Project p = InsightFixtures.twoTriggerCycle(dir).load();
        List<InsightViewModel.Analysis> shown = new ArrayList<>();
        try (InsightViewModel vm = new InsightViewModel(ScriptRuntimes.standard(), TaskExecutor.sameThread())) {
            vm.analyse(p, shown::add);

            InsightViewModel.Analysis a = shown.getFirst();
            assertThat(a.error()).isNull();
            assertThat(a.graph().cycles()).isNotEmpty();
            assertThat(vm.lens(p, a).project()).isSameAs(p);
            assertThat(vm.analysingProperty().get()).isFalse();
        }
        assertThat(Files.exists(p.root().resolve(".studio"))).as("the insight views write nothing to the project").isFalse();
    }

    @Test
    void anAnalysisOvertakenByANewerLoadIsDropped() {
        Project older = InsightFixtures.twoTriggerCycle(dir.resolve("a")).load();
        Project newer = new LedgerCopy(dir.resolve("b")).load();
        HeldExecutor held = new HeldExecutor();
        List<InsightViewModel.Analysis> shown = new ArrayList<>();
        try (InsightViewModel vm = new InsightViewModel(ScriptRuntimes.standard(), held)) {
            vm.analyse(older, shown::add);
            vm.analyse(newer, shown::add);
            assertThat(vm.analysingProperty().get()).isTrue();

            held.held.forEach(Runnable::run);

            assertThat(shown).hasSize(1);
            assertThat(shown.getFirst().graph().cycles()).as("the newer project has no cycle").isEmpty();
            assertThat(vm.analysingProperty().get()).isFalse();
        }
    }
}
