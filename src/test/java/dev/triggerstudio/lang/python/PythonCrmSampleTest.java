package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.TriggerDef;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** samples/crm's Python triggers through the real engine, as `./studio test samples/crm` runs them. */
class PythonCrmSampleTest {
    private static final Project CRM = ProjectLoader.load(Path.of("samples/crm"));

    @Test
    void theSampleHasThePythonTriggersOfTheIssue() {
        assertThat(CRM.triggers().values()).filteredOn(t -> t.language() == Language.PYTHON)
                .extracting(TriggerDef::id)
                .contains("lead_full_name", "lead_company_count", "lead_automation", "lead_disqualify_reason");
    }

    @Test
    void everyTestOfTheSamplePassesWithThePythonTriggersActive() {
        ProjectTests tests = new ProjectTests(CRM, ScriptRuntimes.standard());

        assertThat(tests.runAll()).allSatisfy(outcome ->
                assertThat(outcome.passed()).as(outcome.name() + ": " + outcome.problems()).isTrue());
    }
}
