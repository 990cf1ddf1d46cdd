package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sandbox refusals through the real engine and store: a copy of samples/crm with one more Python
 * trigger, and tests/*.json that expect the operation to fail, the store to be unchanged and
 * the next operation to commit.
 */
class PythonEngineSandboxTest {
    @TempDir
    Path dir;

    private Project crmWith(String body, long timeoutMs) throws IOException {
        Path source = Path.of("samples/crm");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getParent().endsWith("tests")) {
                    Files.copy(p, t);
                }
            }
        }
        Files.writeString(dir.resolve("project.json"), """
                {"name": "CRM", "format": 1, "default_user": "alice", "limits": {"trigger_timeout_ms": %d}}
                """.formatted(timeoutMs));
        Files.writeString(dir.resolve("triggers/lead_hostile.json"), """
                {"id": "lead_hostile", "object": "lead", "language": "python", "timing": "before",
                 "events": ["create"], "order": 5, "active": true, "owner": "alice",
                 "run_when": {"match": "all", "conditions": [{"field": "company", "predicate": "equals", "value": "Evil"}]}}
                """);
        Files.writeString(dir.resolve("triggers/lead_hostile.py"), "async def execute(context):\n" + body.indent(4));
        Files.writeString(dir.resolve("tests/hostile.json"), """
                {"operations": [
                   {"op": "create", "object": "lead", "records": [{"last": "Villain", "company": "Evil"}]},
                   {"op": "create", "object": "lead", "records": [{"first": "Ada", "last": "Byron", "company": "Good"}]}],
                 "expect": {"operations": [{"status": "failed", "message_contains": "%s"}, {"status": "committed"}],
                            "queries": [{"sql": "select count(*) as n from lead", "rows": [{"n": 3}]},
                                        {"sql": "select full_name from lead where last = 'Byron'", "rows": [{"full_name": "Ada Byron"}]}]}}
                """);
        return ProjectLoader.load(dir);
    }

    private void assertFailsCleanly(String body, String messagePart) throws IOException {
        assertFailsCleanly(body, messagePart, 10_000);
    }

    private void assertFailsCleanly(String body, String messagePart, long timeoutMs) throws IOException {
        Project project = crmWith(body, timeoutMs);
        String spec = Files.readString(dir.resolve("tests/hostile.json")).replace("%s", messagePart);
        Files.writeString(dir.resolve("tests/hostile.json"), spec);
        project = ProjectLoader.load(dir);

        ProjectTests.Outcome outcome = new ProjectTests(project, ScriptRuntimes.standard())
                .run("hostile", project.tests().get("hostile"), dev.triggerstudio.trace.TraceListener.NONE);

        assertThat(outcome.passed()).as(String.valueOf(outcome.problems())).isTrue();
    }

    @Test
    void aWriteThroughQuerySqlFailsTheOperationAndLeavesTheStoreAlone() throws IOException {
        assertFailsCleanly("await context.query.sql(\"delete from lead\")", "query.sql");
    }

    @Test
    void anEndlessLoopFailsAtTheTimeoutAndTheNextOperationCommits() throws IOException {
        assertFailsCleanly("while True:\n    pass", "longer than 5000 ms", 5_000);
    }

    @Test
    void openingAFileFailsTheOperation() throws IOException {
        assertFailsCleanly("open('/etc/passwd').read()", "PermissionError");
    }
}
