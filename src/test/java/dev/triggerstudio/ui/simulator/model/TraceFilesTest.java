package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordingListener;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TraceFilesTest {

    @Test
    void aLiveRunShowsTheSameTraceAsTheJsonTheCliWrites() throws Exception {
        RecordingListener rec = Runs.run(SampleCopy.of("ledger"), "lifecycle", null);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TraceFiles.write(json, rec.trace());

        BatchTrace live = rec.trace();
        BatchTrace saved = TraceFiles.read(new ByteArrayInputStream(json.toByteArray()));

        assertThat(normal(saved)).isEqualTo(normal(live));
        assertThat(saved.stepCount()).isEqualTo(live.stepCount());
        assertThat(saved.operations()).hasSize(5);
        assertThat(saved.stepCount()).isGreaterThan(80);
    }

    @Test
    void opensATraceWrittenBySimulateDashDashTrace() throws Exception {
        Path root = SampleCopy.of("ledger");
        Path file = root.resolve("t.json");
        java.io.PrintWriter quiet = new java.io.PrintWriter(new java.io.StringWriter());
        int exit = dev.triggerstudio.cli.Cli.run(quiet, quiet, "simulate", root.toString(), "stanza_status", "--trace",
                file.toString());

        BatchTrace t = TraceFiles.read(file);

        assertThat(exit).isEqualTo(1);
        assertThat(t.operations()).extracting(OperationTrace::status).containsExactly("rejected", "committed", "committed", "rejected");
        assertThat(t.operations().getFirst().error().source()).isEqualTo("trigger:invoice_status");
        assertThat(t.operations().getFirst().error().line()).isEqualTo(2);
    }

    @Test
    void savesATraceToAFileThatReadsBackWhole() throws Exception {
        RecordingListener rec = Runs.run(SampleCopy.of("ledger"), "stanza_status", null);
        Path file = Files.createTempFile("trace", ".json");

        TraceFiles.write(file, rec.trace());

        assertThat(normal(TraceFiles.read(file))).isEqualTo(normal(rec.trace()));
    }

    /**
     * A trace as the JSON the writer makes of it: every field of every node, compared as JSON since
     * the engine holds Long where JSON reads Integer.
     */
    private static JsonNode normal(BatchTrace t) throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TraceFiles.write(json, t);
        return Json.MAPPER.readTree(json.toByteArray());
    }
}
