package dev.triggerstudio.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TraceJsonReaderTest {

    private static BatchTrace read(String json) throws IOException {
        return TraceJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheLineThatWroteEachFieldOfATriggersRecord() throws Exception {
        BatchTrace t = read("""
                {"operations": [{"index": 0, "op": "create", "object": "invoice", "status": "committed", "error": null,
                  "records": [], "steps": [{"seq": 1, "step": "trigger", "status": "ok", "source": "trigger:t", "depth": 0,
                  "detail": null, "duration_us": 5, "records": [{"id": "i1", "before": {"total": 1}, "after": {"total": 2},
                  "writes": [{"field": "total", "line": 4}]}], "logs": [], "newer_field": true, "children": []}]}],
                 "async": []}
                """);

        RecordChange change = t.operations().getFirst().steps().getFirst().records().getFirst();
        assertThat(change.writes()).containsExactly(new RecordChange.FieldWrite("total", 4));
        assertThat(change.after()).containsEntry("total", 2);
    }

    @Test
    void refusesAStepItDoesNotKnowInOurWords() {
        assertThatThrownBy(() -> read("""
                {"operations": [{"index": 0, "op": "create", "object": "invoice", "status": "committed",
                  "steps": [{"seq": 7, "step": "teleport", "children": []}]}], "async": []}
                """)).isInstanceOf(IOException.class)
                .hasMessage("unknown step \"teleport\" at seq 7: this trace was written by another version of Trigger Studio");
    }

    @Test
    void aTraceReadBackIsReadOnlyLikeAFinishedRun() throws Exception {
        BatchTrace t = read("""
                {"operations": [{"index": 0, "op": "create", "object": "invoice", "status": "committed", "records": [],
                  "steps": [{"seq": 1, "step": "before_triggers", "status": "ok", "depth": 0, "logs": [], "records": [],
                  "children": [{"seq": 2, "step": "trigger", "status": "ok", "source": "trigger:t", "depth": 0,
                  "logs": [{"level": "info", "message": "hi"}], "records": [], "children": []}]}]}], "async": []}
                """);

        OperationTrace op = t.operations().getFirst();
        TraceNode trigger = op.steps().getFirst().children().getFirst();
        assertThatThrownBy(() -> op.status("failed")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trigger.status("failed")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trigger.logs().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(trigger.logs()).containsExactly(new LogLine("info", "hi"));
    }
}
