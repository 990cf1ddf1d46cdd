package dev.triggerstudio.ui.insight;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.engine.golden.GoldenTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.trace.golden.Difference;
import dev.triggerstudio.trace.golden.GoldenTrace;
import dev.triggerstudio.trace.golden.TraceDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two traces side by side: the golden {@code tests/<name>.trace.json} and a new run of the same
 * test, with {@link TraceDiff}'s differences mapped to the lines that show them on each side.
 */
public final class TraceDiffViewModel {
    /** How a line is drawn. */
    public enum Mark { SAME, CHANGED, ADDED, REMOVED }

    private final JsonNode goldenTree;
    private final JsonNode actualTree;
    private final JsonLines golden;
    private final JsonLines actual;
    private final List<Difference> differences;

    public TraceDiffViewModel(JsonNode golden, JsonNode actual) {
        this.goldenTree = golden;
        this.actualTree = actual;
        this.golden = JsonLines.of(golden);
        this.actual = JsonLines.of(actual);
        this.differences = TraceDiff.compare(golden, actual).differences();
    }

    /** Runs the test again (in the caller's thread: call it in the background) and compares it with its golden file. */
    public static TraceDiffViewModel ofTest(Project project, String test, ScriptRuntimes runtimes) throws IOException {
        Path file = GoldenTests.file(project, test);
        if (file == null || !Files.isRegularFile(file)) {
            throw new IOException("tests/" + test + ".trace.json does not exist; record it with ./studio test --record");
        }
        return new TraceDiffViewModel(GoldenTrace.read(file), new ProjectTests(project, runtimes).traceOf(test));
    }

    public List<String> goldenLines() {
        return golden.lines();
    }

    public List<String> actualLines() {
        return actual.lines();
    }

    public List<Difference> differences() {
        return differences;
    }

    /** Line → mark on the golden side: a changed node's lines, or a removed one's. */
    public Map<Integer, Mark> goldenMarks() {
        return marks(golden, true);
    }

    /** Line → mark on the new side: a changed node's lines, or an added one's. */
    public Map<Integer, Mark> actualMarks() {
        return marks(actual, false);
    }

    private Map<Integer, Mark> marks(JsonLines side, boolean isGolden) {
        Map<Integer, Mark> out = new HashMap<>();
        for (Difference d : differences) {
            JsonLines.Span s = side.span(pointer(d, isGolden));
            if (s != null) {
                Mark m = d.kind() == Difference.Kind.CHANGED ? Mark.CHANGED
                        : d.kind() == Difference.Kind.ADDED ? Mark.ADDED : Mark.REMOVED;
                for (int i = s.first(); i <= s.last(); i++) {
                    out.merge(i, m, (a, b) -> a == Mark.CHANGED ? a : b);
                }
            }
        }
        return out;
    }

    /** The first golden line of a difference (to scroll to), or -1. */
    public int goldenLine(Difference d) {
        JsonLines.Span s = golden.span(pointer(d, true));
        return s == null ? -1 : s.first();
    }

    /** The first new line of a difference (to scroll to), or -1. */
    public int actualLine(Difference d) {
        JsonLines.Span s = actual.span(pointer(d, false));
        return s == null ? -1 : s.first();
    }

    /**
     * The narrowest node that shows a difference: TraceDiff points at the step; inside it the
     * record's field (in after, else before), the logs, the status or the error.
     */
    String pointer(Difference d, boolean isGolden) {
        String base = isGolden ? d.goldenPointer() : d.actualPointer();
        JsonNode root = isGolden ? goldenTree : actualTree;
        if (base == null || d.field() == null) {
            return base;
        }
        JsonNode node = root.at(base);
        if (d.record() != null) {
            return recordField(node, base, d.record(), d.field());
        }
        String child = d.field().equals("log") ? "/logs" : d.field().startsWith("error") ? "/error" : "/" + d.field();
        return node.at(child).isMissingNode() ? base : base + child;
    }

    private static String recordField(JsonNode node, String base, String id, String field) {
        JsonNode records = node.path("records");
        for (int i = 0; i < records.size(); i++) {
            if (id.equals(records.get(i).path("id").asText())) {
                String at = base + "/records/" + i;
                for (String state : List.of("/after/", "/before/", "/")) {
                    if (!node.at("/records/" + i + state + field).isMissingNode()) {
                        return at + state + field;
                    }
                }
                return at;
            }
        }
        return base;
    }
}
