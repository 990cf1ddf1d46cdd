package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.engine.golden.GoldenTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TestSpec;
import dev.triggerstudio.trace.TraceListener;

/**
 * Records a test's golden trace from the IDE, as {@code ./studio test --record} does for every
 * test: the same engine call, so the file is the one the CLI would write and later compare.
 */
public final class GoldenRecorder {
    private GoldenRecorder() {
    }

    /** Runs the test and writes {@code tests/<name>.trace.json}; returns what to tell the user. Call off the FX thread. */
    public static String record(Project project, String test, ScriptRuntimes runtimes) {
        TestSpec spec = project.tests().get(test);
        if (spec == null) {
            return "No test \"" + test + "\" in tests/; save it first";
        }
        ProjectTests.Outcome o = new ProjectTests(project, runtimes).recording(true).run(test, spec, TraceListener.NONE);
        String file = "tests/" + GoldenTests.file(project, test).getFileName();
        if (o.problems().stream().anyMatch(p -> p.contains(".trace.json: cannot write"))) {
            return String.join("; ", o.problems());
        }
        return "Recorded " + file + (o.passed() ? "" : "; note the test itself fails: " + o.problems().getFirst());
    }
}
