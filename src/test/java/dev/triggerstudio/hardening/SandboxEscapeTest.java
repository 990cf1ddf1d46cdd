package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.ProjectCheck;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.LogLine;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordingListener;
import dev.triggerstudio.trace.TraceNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every escape attempt of {@link EscapeCases} runs through the real engine on a small project:
 * the trigger fails with a clear message (or the read returns nothing secret), the store is
 * unchanged, nothing appears outside the sandbox, and the next normal run of the same language
 * works. What each attempt did is written to target/hardening/security.md.
 */
class SandboxEscapeTest {
    static final String REPORT = "security";
    private static final ScriptRuntimes RUNTIMES = ScriptRuntimes.standard();
    /** A Java exception's class name, e.g. {@code dev.triggerstudio.lang.ScriptException}: words for the JVM, not for authors. */
    private static final java.util.regex.Pattern JAVA_EXCEPTION =
            java.util.regex.Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b");

    @TempDir
    Path tmp;

    @BeforeAll
    static void header() {
        Report.start(REPORT, "| language | category | attempt | check says | outcome | message |\n|---|---|---|---|---|---|");
    }

    @AfterAll
    static void footer() {
        Report.line(REPORT, "\nmachine: " + Report.machine());
    }

    static Stream<EscapeCases.Case> cases() {
        // -Dstudio.escape.only=TEXT runs the cases whose name contains TEXT (to replay one).
        String only = System.getProperty("studio.escape.only", "");
        return EscapeCases.all().stream().filter(c -> c.toString().contains(only));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anEscapeAttemptFailsClearlyChangesNothingAndTheNextRunIsNormal(EscapeCases.Case c) throws Exception {
        boolean available = RUNTIMES.get(Language.valueOf(c.language().toUpperCase(java.util.Locale.ROOT))).isPresent();
        if (!available) {
            Report.line(REPORT, "| " + c.language() + " | " + c.category() + " | " + c.attempt() + " | | NOT RUN: no " + c.language()
                    + " runtime on main yet | |");
        }
        assumeTrue(available, "no " + c.language() + " runtime on main yet");
        Path marker = tmp.resolve("outside/marker");
        Files.createDirectories(marker.getParent());
        Path root = SandboxProject.write(tmp.resolve("project"), c.language(), c.script().replace("MARKER", marker.toString()),
                normal(c.language()));
        String checkSays = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checkSays(root));
        Project project = ProjectLoader.load(root);
        Path db = tmp.resolve("store.db");
        try (Store store = Simulator.openStore(project, db, false);
             Simulator sim = new Simulator(project, store, RUNTIMES)) {
            String before = StoreDump.of(db);
            // with the line recording on (docs/architecture.md, "Inside a trigger"): recording must not weaken the sandbox, nor show a secret
            RecordingListener trace = new RecordingListener(true, true);
            BatchResult attack = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> sim.run(project.batches().get("attack"), null, trace));
            OperationTrace op = attack.operations().getFirst();
            String body = String.valueOf(store.query("SELECT body FROM note").stream().map(r -> r.get("body")).toList());
            Report.line(REPORT, row(c, checkSays, op, body, trace));
            thenNothingEscaped(c, op, body, trace, before, StoreDump.of(db));
            assertThat(Files.exists(marker)).as("marker outside the sandbox").isFalse();
            BatchResult normal = sim.run(project.batches().get("normal"), null, new RecordingListener(false));
            assertThat(normal.operations().getFirst().status()).as("the next normal run").isEqualTo("committed");
            assertThat(store.query("SELECT title FROM note WHERE body = 'normal'").getFirst().get("title")).isEqualTo("ok");
        }
    }

    private static void thenNothingEscaped(EscapeCases.Case c, OperationTrace op, String body, RecordingListener trace,
                                           String before, String after) {
        if (c.expect() == EscapeCases.Expect.FAILS) {
            assertThat(op.status()).as("status of %s", c).isIn("failed", "rejected");
            String message = op.error().message();
            assertThat(message).as("a clear message").isNotBlank().doesNotContain("\n").hasSizeLessThan(400)
                    .doesNotContainPattern(JAVA_EXCEPTION).doesNotContain("vm error");
            if (c.says() != null) {
                assertThat(message).as("what the message says").contains(c.says());
            }
            if (c.language().equals("stanza") && op.status().equals("failed")) {
                assertThat(message).as("a Stanza failure says where, as its compile errors do")
                        .matches("triggers/attempt\\.stanza:\\d+:\\d+: .*");
            }
            assertThat(after).as("store after a failed attempt").isEqualTo(before);
        } else {
            assertThat(op.status()).isIn("committed", "failed", "rejected");
            for (String secret : SandboxProject.SECRETS) {
                assertThat(body).doesNotContain(secret);
                assertThat(allLogs(trace)).noneMatch(line -> line.contains(secret));
            }
            for (String name : List.of("HOME", "PATH", "USER")) {
                String value = System.getenv(name);
                if (value != null && value.length() > 3) {
                    assertThat(body).as("the host's %s", name).doesNotContain(value);
                }
            }
            assertThat(body).as("the host's working folder").doesNotContain(Path.of("").toAbsolutePath().toString());
            assertThat(withoutNotes(after)).isEqualTo(withoutNotes(before));
        }
    }

    private static String checkSays(Path root) {
        ProjectLoader.Result r = ProjectCheck.run(root, RUNTIMES);
        return r.diagnostics().stream().filter(d -> d.path().contains("attempt")).findFirst().map(Diagnostic::toString)
                .map(SandboxEscapeTest::cell).orElse("clean");
    }

    private static String row(EscapeCases.Case c, String checkSays, OperationTrace op, String body, RecordingListener trace) {
        String outcome = op.status() + (op.error() == null ? "" : " at " + op.error().step())
                + (c.expect() == EscapeCases.Expect.HIDDEN ? "; note body " + body : "");
        long logChars = allLogs(trace).stream().mapToLong(String::length).sum();
        String message = op.error() == null ? "" : op.error().message();
        return "| " + c.language() + " | " + c.category() + " | " + c.attempt() + " | " + checkSays + " | " + cell(outcome)
                + (logChars > 100_000 ? " (log kept: " + logChars / (1024 * 1024) + " MB)" : "") + " | " + cell(message) + " |";
    }

    /** Log lines of the whole trace (not joined: a flooded log can be gigabytes). */
    private static List<String> allLogs(RecordingListener trace) {
        List<String> lines = new ArrayList<>();
        for (OperationTrace op : trace.operations()) {
            op.steps().forEach(n -> logs(n, lines));
        }
        return lines;
    }

    private static void logs(TraceNode node, List<String> lines) {
        for (LogLine l : node.logs()) {
            lines.add(l.message());
        }
        if (node.lines() != null) {
            for (int i = 0; i < node.lines().size(); i++) {
                lines.add(node.lines().raw(i)); // the recorded locals must not hold a secret either
            }
        }
        node.children().forEach(child -> logs(child, lines));
    }

    private static String withoutNotes(String dump) {
        return dump.replaceAll("(?s)== note\n.*?(?=== |$)", "").replaceAll("(?s)== _studio_meta\n.*?(?=== |$)", "");
    }

    private static String cell(String s) {
        String one = s.replace("|", "\\|").replace("\n", " ");
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }

    private static String normal(String language) {
        return switch (language) {
            case "lua" -> EscapeCases.LUA_NORMAL;
            case "stanza" -> EscapeCases.STANZA_NORMAL;
            default -> EscapeCases.PYTHON_NORMAL;
        };
    }


}
