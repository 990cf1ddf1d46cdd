package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** simulate starts GraalPy (seconds of two shared cores) only for a batch that can reach a Python trigger. */
class PythonWarmUpTest {
    private static final Path CRM = Path.of("samples/crm");

    @Test
    void aBatchOfObjectsWithoutTriggersOrAutomationsCannotReachPython() {
        Project crm = ProjectInput.project(CRM);
        Batch contacts = batch(crm, "{\"user\": \"alice\", \"operations\": [{\"op\": \"create\", \"object\": \"contact\","
                + " \"records\": [{\"last_name\": \"Lovelace\"}]}]}");
        assertThat(ProjectInput.canReachPython(crm, contacts)).isFalse();
    }

    @Test
    void aBatchOfAnObjectWithAPythonTriggerOrAnAutomationCanReachPython() {
        Project crm = ProjectInput.project(CRM);
        assertThat(ProjectInput.canReachPython(crm, batch(crm, "{\"user\": \"alice\", \"operations\": [{\"op\": \"create\","
                + " \"object\": \"lead\", \"records\": [{\"last\": \"Turing\", \"company\": \"B\"}]}]}"))).isTrue();
        // accounts have an automation, which may start further operations
        assertThat(ProjectInput.canReachPython(crm, batch(crm, "{\"user\": \"alice\", \"operations\": [{\"op\": \"create\","
                + " \"object\": \"account\", \"records\": [{\"name\": \"Acme\"}]}]}"))).isTrue();
    }

    @Test
    void aProjectWithoutPythonTriggersNeverStartsIt() {
        Project ledger = ProjectInput.project(Path.of("samples/ledger"));
        assertThat(ProjectInput.canReachPython(ledger, ProjectInput.batch(ledger, Path.of("samples/ledger"), "lifecycle"))).isFalse();
    }

    private static Batch batch(Project project, String json) {
        try {
            Path file = java.nio.file.Files.createTempFile("batch", ".json");
            java.nio.file.Files.writeString(file, json);
            try {
                return ProjectInput.batch(project, CRM, file.toString());
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
