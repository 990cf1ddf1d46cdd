package dev.triggerstudio.cli;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.engine.coverage.Coverage;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.ProjectException;
import dev.triggerstudio.trace.TraceListener;
import java.io.IOException;
import java.nio.file.Files;
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

    @Option(names = "--junit", paramLabel = "FILE", description = "also write the results as JUnit XML")
    Path junit;

    @Option(names = "--coverage", paramLabel = "FILE", description = "also write line coverage of every trigger script as LCOV")
    Path coverage;

    @Option(names = "--filter", paramLabel = "NAME", description = "run only the tests whose name contains NAME"
            + " (or matches it, with * as a wildcard)")
    String filter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Project project = ProjectInput.project(projectRoot);
        Coverage lines = coverage == null ? null : new Coverage(project);
        // broken test files run no batch, so the progress counts the valid tests
        Progress progress = Progress.ofTests(spec.commandLine().getErr(),
                (int) project.tests().keySet().stream().filter(this::included).count());
        List<ProjectTests.Outcome> outcomes;
        try {
            outcomes = new ProjectTests(project, ScriptRuntimes.standard()).recording(record)
                    .runAll(this::included, TraceListener.both(progress, lines == null ? TraceListener.NONE : lines));
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
        writeReports(project, outcomes, lines, out);
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private boolean included(String name) {
        if (filter == null) {
            return true;
        }
        if (!filter.contains("*")) {
            return name.contains(filter);
        }
        return name.matches(java.util.regex.Pattern.quote(filter).replace("*", "\\E.*\\Q"));
    }

    /** The reports go to files; stdout keeps its format, so the last line stays the summary. */
    private void writeReports(Project project, List<ProjectTests.Outcome> outcomes, Coverage lines, PrintWriter out) {
        try {
            if (junit != null) {
                Files.writeString(junit, JUnitReport.xml(project.settings().name(), outcomes));
                out.println("wrote JUnit XML to " + junit);
            }
            if (lines != null) {
                Files.writeString(coverage, lines.lcov());
                out.println("wrote LCOV coverage to " + coverage);
            }
        } catch (IOException e) {
            throw new ProjectException(Diagnostic.error(String.valueOf(junit != null ? junit : coverage), 1, 1,
                    "cannot write the report: " + e.getMessage()));
        }
    }
}
