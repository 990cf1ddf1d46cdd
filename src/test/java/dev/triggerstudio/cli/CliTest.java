package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result studio(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path copyOfCrm() throws IOException {
        return SampleCopy.of("crm", tmp);
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : List.of("check", "simulate", "test", "bench", "export", "import", "inspect", "push", "keygen")) {
            Result r = studio(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: studio " + command);
        }
    }

    @Test
    void checkPassesOnTheSamples() {
        assertThat(studio("check", "samples/crm").code()).isZero();
        assertThat(studio("check", "samples/ledger").code()).isZero();
    }

    @Test
    void testRunsTheSampleTestsAndEndsWithTheCounts() {
        Result r = studio("test", "samples/ledger");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ passed, 0 failed");
    }

    @Test
    void checkReportsAnUnknownFieldTypeWithItsPosition() throws IOException {
        Path p = copyOfCrm();
        Files.writeString(p.resolve("objects/task.json"), Files.readString(p.resolve("objects/task.json"))
                .replace("\"type\": \"date\"", "\"type\": \"dait\""));
        Result r = studio("check", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsPattern("objects/task.json:\\d+:\\d+: error: unknown type \"dait\" \\(expected one of text,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON    | {"user": "alice", "operations": [ | batches/bad.json:1:
            unknown object    | {"operations": [{"op": "create", "object": "ghost", "records": [{}]}]} | unknown object "ghost"
            unknown field     | {"operations": [{"op": "create", "object": "lead", "records": [{"last": "X", "nmae": "y"}]}]} | unknown field "nmae"
            unknown user      | {"user": "zed", "operations": []} | unknown user "zed"
            unknown ref       | {"operations": [{"op": "delete", "object": "lead", "ids": ["$nope"]}]} | unknown reference "$nope"
            wrong value types | {"user": 5, "operations": "all"} | wrong type
            unknown op        | {"operations": [{"op": "upsert", "object": "lead"}]} | unknown op "upsert"
            """)
    void badInputGetsOneLineWithItsPositionAndExitTwo(String name, String json, String expected) throws IOException {
        Path p = copyOfCrm();
        Files.writeString(p.resolve("batches/bad.json"), json);
        Path db = tmp.resolve("store.db");
        Result r = studio("simulate", p.toString(), "bad", "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(expected).containsPattern("bad.json:\\d+:\\d+").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(db).doesNotExist();
    }

    @Test
    void simulateExitsOneWhenAnOperationIsRejectedAndZeroWhenAllCommit() {
        assertThat(studio("simulate", "samples/crm", "rejection").code()).isEqualTo(1);
        assertThat(studio("simulate", "samples/crm", "nested").code()).isZero();
    }

    @Test
    void theStoreFileHasOneTablePerObjectWithTheDesignedColumns() throws Exception {
        Path db = tmp.resolve("crm.db");
        assertThat(studio("simulate", "samples/crm", "lifecycle", "--db", db.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(columns(c, "lead")).containsExactly("id TEXT", "first TEXT", "last TEXT", "full_name TEXT",
                    "company TEXT", "email TEXT", "phone TEXT", "status TEXT", "rating INTEGER", "last_contacted TEXT",
                    "notes TEXT", "created_date TEXT", "created_by TEXT", "modified_date TEXT", "modified_by TEXT", "owner TEXT");
            assertThat(columns(c, "account")).contains("annual_revenue REAL", "billing_address TEXT");
            try (ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
        }
        assertThat(studio("simulate", "samples/crm", "nested", "--db", db.toString()).code()).isZero();
        Result reset = studio("simulate", "samples/crm", "nested", "--db", db.toString(), "--reset", "--json");
        assertThat(reset.code()).isZero();
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                cols.add(rs.getString("name") + " " + rs.getString("type"));
            }
        }
        return cols;
    }

    @Test
    void traceListsEveryStepOfEveryFlowInOrder() throws IOException {
        Path trace = tmp.resolve("t.json");
        assertThat(studio("simulate", "samples/crm", "lifecycle", "--trace", trace.toString()).code()).isZero();
        var root = dev.triggerstudio.model.Json.MAPPER.readTree(trace.toFile());
        var ops = root.get("operations");
        assertThat(ops).hasSize(7);
        List<String> update = new ArrayList<>();
        ops.get(1).get("steps").forEach(s -> update.add(s.get("step").asText()));
        assertThat(update).containsExactly("initialize", "fetch_old_data", "check_permissions", "validate_system",
                "merge_data", "resolve_lookups", "format_fields", "before_triggers", "before_automations", "database_update",
                "after_triggers", "after_automations", "post_process", "queue_async", "return_response");
        var hydrate = ops.get(0).get("steps").get(3);
        assertThat(hydrate.get("step").asText()).isEqualTo("hydrate");
        assertThat(hydrate.get("records").get(0).get("after").get("id").asText()).isNotBlank();
        assertThat(root.get("async").get(0).get("source").asText()).isEqualTo("automation:account_welcome");
    }

    @Test
    void jsonSummaryHasTheDesignedShape() {
        Result r = studio("simulate", "samples/ledger", "pay_without_date", "--json");
        assertThat(r.code()).isEqualTo(1);
    }
}
