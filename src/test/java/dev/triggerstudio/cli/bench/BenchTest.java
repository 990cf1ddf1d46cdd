package dev.triggerstudio.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.cli.Cli;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short bench of the suite: every scenario completes and ratios are computed. Never timed, so
 * it runs the bench once, on two chunks of records (what the figures are worth is not its
 * business; a full bench with its trace and --lines scenarios took minutes of the suite).
 */
class BenchTest {
    /** Two chunks of 200: the ids and ratios still cross a chunk boundary. */
    private static final int RECORDS = 400;

    @TempDir
    static Path dir;

    private static List<Bench.Scenario> results;

    @BeforeAll
    static void runTheBenchOnce() throws Exception {
        results = new Bench(RECORDS, ScriptRuntimes.standard(), dir, n -> { }).run();
    }

    @Test
    void everyScenarioCompletesAndLifecycleScenariosHaveARatio() {
        assertThat(results).extracting(Bench.Scenario::name).contains("raw_insert", "create_no_triggers", "create_all",
                "raw_update", "update_no_triggers", "create_lua_trace", "create_lua_lines", "create_stanza_trace",
                "create_stanza_lines", "create_python_trace", "create_python_lines");
        assertThat(results).filteredOn(s -> s.name().equals("python_warm_chunk")).allSatisfy(s ->
                assertThat(s.seconds()).as("a warm Python chunk is timed from the trace").isPositive());
        for (Bench.Scenario s : results) {
            if (s.note() == null && s.name().startsWith("create_") || s.name().startsWith("update_") && s.note() == null) {
                assertThat(s.ratio()).as(s.name()).isNotNull().isPositive();
                assertThat(s.recordsPerS()).as(s.name()).isPositive();
            }
        }
    }

    @Test
    void theRawBaselinesWriteTheSameRowsAsTheLifecycleIdsIncluded() throws Exception {
        List<String> lifecycle = ids(dir.resolve("create_no_triggers.db"));
        assertThat(lifecycle).hasSize(RECORDS).doesNotHaveDuplicates();
        assertThat(ids(dir.resolve("raw.db"))).isEqualTo(lifecycle);
        assertThat(ids(dir.resolve("raw_update.db"))).isEqualTo(lifecycle);
        assertThat(ids(dir.resolve("update_no_triggers.db"))).isEqualTo(lifecycle);
    }

    /** The item ids of a bench store, in the order they were stored. */
    private static List<String> ids(Path db) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select id from item order by rowid")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    @Test
    void jsonOutputHasTheDesignedShape() throws Exception {
        StringWriter out = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "bench", "--records", "200", "--json");
        assertThat(code).isZero();
        var scenarios = Json.MAPPER.readTree(out.toString()).get("scenarios");
        assertThat(scenarios.size()).isGreaterThanOrEqualTo(5);
        scenarios.forEach(s -> assertThat(s.has("name") && s.has("records") && s.has("seconds") && s.has("records_per_s")
                && s.has("ratio") && s.has("peak_heap_mb")).isTrue());
    }
}
