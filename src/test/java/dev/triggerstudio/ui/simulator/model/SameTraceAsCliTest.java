package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triggerstudio.cli.Cli;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run from the IDE and {@code ./studio simulate --trace --lines} give the same trace, durations aside
 * (the IDE always records lines, for its debugger):
 * each on a fresh copy of the sample (the IDE's {@code .studio/store.db} is new, so seeded as the
 * command line's in-memory store is).
 */
class SameTraceAsCliTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            ledger, lifecycle
            ledger, stanza_status
            crm,    lifecycle
            crm,    nested
            """)
    void theIdeAndTheCommandLineRecordTheSameTrace(String sample, String batch) throws Exception {
        Path forIde = SampleCopy.of(sample);
        SimulatorSession session = new SimulatorSession(forIde, ScriptRuntimes.standard(), TaskExecutor.sameThread());
        session.reload();
        session.selectBatch(batch);
        session.run();
        Path ideTrace = forIde.resolve("ide.json");
        session.saveTrace(ideTrace);

        Path forCli = SampleCopy.of(sample);
        Path cliTrace = forCli.resolve("cli.json");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        Cli.run(quiet, quiet, "simulate", forCli.toString(), batch, "--trace", cliTrace.toString(), "--lines");

        JsonNode ide = withoutDurations(Json.MAPPER.readTree(ideTrace.toFile()));
        JsonNode cli = withoutDurations(Json.MAPPER.readTree(cliTrace.toFile()));
        assertThat(ide).isEqualTo(cli);
        assertThat(ide.get("operations").size()).isPositive();
    }

    private static JsonNode withoutDurations(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("duration_us");
            // Known gap (docs/debugging.md): GraalPy reports a for loop's closing line event in the
            // IDE's run but not always in the command line's, so Python line events are compared
            // by their presence only; Lua and Stanza recordings are compared in full.
            if (o.path("detail").asText().endsWith("(python)") && o.has("lines")) {
                assertThat(o.get("lines").size()).isPositive();
                o.remove("lines");
                o.remove("line_costs");
                o.path("children").forEach(child -> ((ObjectNode) child).remove("parent_event"));
            }
            if (o.get("metrics") instanceof ObjectNode m) {
                m.remove("wait_ms");
            }
            // "waited N ms for the python engine to start" is a duration too, and only the first run has it.
            if (o.get("logs") instanceof com.fasterxml.jackson.databind.node.ArrayNode logs) {
                for (int i = logs.size() - 1; i >= 0; i--) {
                    if (logs.get(i).path("message").asText().startsWith("waited ")) {
                        logs.remove(i);
                    }
                }
            }
        }
        node.forEach(SameTraceAsCliTest::withoutDurations);
        return node;
    }
}
