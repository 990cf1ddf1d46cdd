package dev.triggerstudio.engine.golden;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.IoMessages;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectException;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.golden.GoldenTrace;
import dev.triggerstudio.trace.golden.TraceDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden traces of a project's tests: {@code ./studio test --record} writes
 * {@code tests/<name>.trace.json}; later runs compare against it and turn every behavioural
 * difference into a test problem. A test without a golden file is not compared.
 */
public final class GoldenTests {
    /** Makes the engine keep each step's records, which the golden trace compares. */
    private static final TraceListener RECORDS = new TraceListener() {
        @Override
        public boolean wantsRecords() {
            return true;
        }
    };

    private static final String AGAIN = "; record it again with ./studio test --record";

    private GoldenTests() {
    }

    /** {@code tests/<name>.trace.json} of the project, or null for a project without a folder. */
    public static Path file(Project project, String testName) {
        return project.root() == null ? null : project.root().resolve("tests").resolve(testName + ".trace.json");
    }

    /** Whether a run of this test needs the trace: when recording, or when a golden file exists. */
    public static boolean wanted(Project project, String testName, boolean recording) {
        Path f = file(project, testName);
        return f != null && (recording || Files.isRegularFile(f));
    }

    public static TraceListener withRecords(TraceListener listener) {
        return TraceListener.both(listener, RECORDS);
    }

    /** Records the run's trace, or compares it with the golden one: the problems, empty when equal. */
    public static List<String> check(Project project, String testName, BatchResult result, boolean recording) {
        Path f = file(project, testName);
        JsonNode now = GoldenTrace.of(result.operations(), result.asyncJobs());
        List<String> problems = new ArrayList<>();
        String shown = "tests/" + f.getFileName();
        try {
            if (recording) {
                GoldenTrace.write(f, now);
                return problems;
            }
            TraceDiff diff = TraceDiff.compare(GoldenTrace.read(f, shown), now);
            if (!diff.isEmpty()) {
                problems.add("behaviour differs from tests/" + f.getFileName() + " (record again with"
                        + " ./studio test --record if the change is intended):");
                diff.lines().forEach(l -> problems.add("  " + l));
            }
        } catch (ProjectException e) {
            Diagnostic d = e.diagnostics().getFirst();
            problems.add(d.path() + ":" + d.line() + ":" + d.column() + ": " + d.message() + AGAIN);
        } catch (IOException e) {
            problems.add(shown + ": cannot " + (recording ? "write" : "read") + " the golden trace: " + IoMessages.reason(e)
                    + (recording ? "" : AGAIN));
        } catch (RuntimeException e) {
            // a hand-edited file can hold a trace's keys with other shapes; the comparison cannot say more than that
            problems.add(shown + ": cannot compare with this golden trace, it does not have the shape"
                    + " ./studio test --record writes" + AGAIN);
        }
        return problems;
    }
}
