package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code query.sql} attacks through the engine's host API, the path Python's {@code context.query.sql}
 * takes. The trigger here is a test double that runs its script text as one query as bob and puts
 * the rows into the note's body; the Python rows of the escape suite will run the same attacks
 * through GraalPy once it is on main.
 */
class QueryGuardTest {
    private static final String REPORT = "security-sql";

    @BeforeAll
    static void header() {
        Report.start(REPORT, "| language | category | attempt | outcome | message |\n|---|---|---|---|---|");
    }

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            delete through query.sql                  | delete from secret                                                        | FAILS
            a second statement                        | select 1; delete from secret                                              | FAILS
            WITH ... DELETE                           | with x as (select 1) delete from secret                                   | FAILS
            attach a database file                    | attach database 'MARKER' as x                                             | FAILS
            the real table by its schema              | select * from main.secret                                                 | FAILS
            the real table by a quoted schema         | select * from "main"."secret"                                             | FAILS
            the simulator's own tables                | select * from _studio_meta                                                | FAILS
            load an extension                         | select load_extension('MARKER')                                           | FAILS
            a pragma                                  | pragma writable_schema = 1                                                | FAILS
            replace the permission view               | create temp view secret as select * from secret                           | FAILS
            another owner's rows and a hidden field   | select id, label, code, owner from secret                                 | HIDDEN
            search by a hidden field                  | select count(*) as n from secret where code like 'TOP%' or code like 'BOB%' | HIDDEN
            runaway CPU: an endless recursive query   | with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c | FAILS
            memory bomb: a huge blob                  | select zeroblob(900000000) as b                                           | FAILS
            memory bomb: millions of rows             | with recursive c(x) as (select 1 union all select x + 1 from c limit 20000000) select x from c | FAILS
            """)
    void aQueryAttackFailsOrSeesNothingAndChangesNothing(String attempt, String sql, String expect) throws Exception {
        Path marker = tmp.resolve("outside/marker");
        Files.createDirectories(marker.getParent());
        Path root = SandboxProject.write(tmp.resolve("project"), "python", sql.replace("MARKER", marker.toString()), "NORMAL");
        Project project = ProjectLoader.load(root);
        Path db = tmp.resolve("store.db");
        try (Store store = Simulator.openStore(project, db, false);
             Simulator sim = new Simulator(project, store, ScriptRuntimes.of(new SqlRuntime()))) {
            String before = StoreDump.of(db);
            RecordingListener trace = new RecordingListener(true);
            long t0 = System.nanoTime();
            BatchResult attack = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> sim.run(project.batches().get("attack"), null, trace));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            OperationTrace op = attack.operations().getFirst();
            String body = String.valueOf(store.query("SELECT body FROM note").stream().map(r -> r.get("body")).toList());
            Report.line(REPORT, "| host API (query.sql; Python's path) | " + category(attempt) + " | " + attempt
                    + " (`" + sql.replace("|", "\\|") + "`) | " + op.status() + " after " + ms + " ms"
                    + (expect.equals("HIDDEN") ? "; note body " + body : "") + " | "
                    + (op.error() == null ? "" : op.error().message().replace("|", "\\|")) + " |");
            if (expect.equals("FAILS")) {
                assertThat(op.status()).isIn("failed", "rejected");
                assertThat(op.error().message()).startsWith("query.sql: ").doesNotContain("\n");
                assertThat(StoreDump.of(db)).isEqualTo(before);
            } else {
                assertThat(op.status()).isEqualTo("committed");
                for (String secret : SandboxProject.SECRETS) {
                    assertThat(body).doesNotContain(secret);
                }
                assertThat(body).doesNotContain("theirs");
            }
            assertThat(Files.exists(marker)).isFalse();
            BatchResult normal = sim.run(project.batches().get("normal"), null, new RecordingListener(false));
            assertThat(normal.operations().getFirst().status()).isEqualTo("committed");
        }
    }

    private static String category(String attempt) {
        if (attempt.startsWith("runaway")) {
            return "runaway CPU";
        }
        if (attempt.startsWith("memory")) {
            return "memory bombs";
        }
        return attempt.contains("hidden") || attempt.contains("owner") ? "reading records the actor may not see"
                : "store writes outside the lifecycle";
    }

    /** Python's place in the runtimes: the script text is one query; NORMAL sets the title instead. */
    private static final class SqlRuntime implements ScriptRuntime {
        @Override
        public Language language() {
            return Language.PYTHON;
        }

        @Override
        public List<Diagnostic> check(ScriptSource source, CheckContext context) {
            return List.of();
        }

        @Override
        public CompiledScript compile(ScriptSource source) {
            String sql = source.text();
            return (inv, host) -> {
                for (RecordPair pair : inv.records()) {
                    if (sql.equals("NORMAL")) {
                        pair.record().put("title", "ok");
                    } else {
                        pair.record().put("body", String.valueOf(host.querySql(sql, true)));
                    }
                }
                return RunStats.NONE;
            };
        }
    }
}
