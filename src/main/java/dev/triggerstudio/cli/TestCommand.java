package dev.triggerstudio.cli;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", description = "Run the project's tests/*.json; the last line is 'N passed, N failed'.")
public final class TestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Path projectRoot;

    @Option(names = "--record", description = "write each test's golden trace, tests/<name>.trace.json; later runs"
            + " compare against it and fail with a readable diff when behaviour changes")
    boolean record;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Project project = ProjectInput.project(projectRoot);
        Progress progress = Progress.ofTests(spec.commandLine().getErr(), project.tests().size());
        List<ProjectTests.Outcome> outcomes;
        try {
            outcomes = new ProjectTests(project, ScriptRuntimes.standard()).recording(record).listening(progress).runAll();
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (ProjectTests.Outcome o : outcomes) {
            out.println((o.passed() ? "PASS " : "FAIL ") + "tests/" + o.name() + ".json");
            o.problems().forEach(p -> out.println("    " + p));
            if (record) {
                out.println("    recorded tests/" + o.name() + ".trace.json");
            }
            failed += o.passed() ? 0 : 1;
        }
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.PROBLEM;
    }
}
