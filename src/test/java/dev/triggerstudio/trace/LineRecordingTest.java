package dev.triggerstudio.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/debugging.md, "What the trace holds": real Lua, Stanza and GraalPy triggers run with the line recording
 * on; line order, branches not taken, loops, locals, writes, nested operations, rejections and
 * tamper attempts.
 */
class LineRecordingTest {
    @TempDir
    Path root;

    private static final String LUA = """
            local gospel = require("gospellua")
            local total = 0
            for i = 1, 3 do
              total = total + i
            end
            if total > 100 then
              record.title = "never"
            end
            record.title = "sum " .. total
            record.body = "x"
            record.body = "y"
            if record.n == 99 then gospel.rejectTransaction("no 99") end
            local tamper = pcall(function() debug.sethook() end)
            record.n = total
            gospel.insert("tag", {name = "t"})
            """;
    private static final String LUA_TAG = """
            record.name = record.name .. "!"
            """;
    private static final String STANZA = """
            // a comment is no line
            set record.title = "a" + record.body

            reject "never" when record.n gt 1000
            if record.n gt 5 then set record.body = "big"
            set record.title = "b"
            reject "stop" when record.n eq 98
            set record.title = "after stop"
            """;
    private static final String PYTHON = """
            async def execute(context):
                total = 0
                for i in range(3):
                    total += i
                for record in context.new_map.values():
                    if total > 100:
                        record['title'] = 'never'
                    record['title'] = f"sum {total}"
                    record['n'] = total
                try:
                    import sys
                    sys.settrace(None)
                    tamper = 'off'
                except PermissionError:
                    tamper = 'refused'
                record['body'] = tamper
            """;

    @Test
    void luaLinesInOrderWithLoopsBranchesLocalsWritesNestedOperationsAndTamper() throws IOException {
        Run run = run("lua", LUA, 1);
        TraceNode node = run.trigger("note_trigger");
        // a loop's body appears once per pass; the branch not taken (line 7) never appears
        assertThat(lines(node)).startsWith(1, 2, 3, 4, 3, 4, 3, 4, 3, 6, 9, 10, 11, 12, 13).contains(14, 15).doesNotContain(7);
        Map<String, Object> before9 = node.lines().page(indexOf(node, 9), 1).getFirst().locals();
        assertThat(((Number) before9.get("total")).longValue()).isEqualTo(6);
        assertThat(((Map<?, ?>) before9.get("record")).get("title")).isNull();
        Map<String, Object> before14 = node.lines().page(indexOf(node, 14), 1).getFirst().locals();
        assertThat(before14).containsEntry("tamper", false); // debug.sethook: there is no debug library
        assertThat(writes(node)).containsEntry("title", 9).containsEntry("body", 11).containsEntry("n", 14);
        assertThat(node.lines().costs()).anySatisfy(c -> {
            assertThat(c.line()).isEqualTo(4);
            assertThat(c.hits()).isEqualTo(3);
        });
        TraceNode nested = run.find(node, "operation");
        assertThat(nested.parentEvent()).isEqualTo(indexOf(node, 15));
        assertThat(lines(run.find(nested, "trigger"))).containsExactly(1);
        assertThat(node.lines().costs().stream().filter(c -> c.line() == 15).findFirst().orElseThrow().dmlRows()).isEqualTo(1);
    }

    @Test
    void luaRejectTransactionDoesNotStopTheScriptSoTheLinesAfterItAppear() throws IOException {
        Run run = run("lua", LUA, 99);
        assertThat(run.result.operations().getFirst().status()).isEqualTo("rejected");
        assertThat(lines(run.trigger("note_trigger"))).contains(12, 13, 14);
    }

    @Test
    void stanzaRecordsStatementsNotCommentsOrBlanksWithSetWritesAndFuel() throws IOException {
        Run run = run("stanza", STANZA, 1);
        TraceNode node = run.trigger("note_trigger");
        assertThat(lines(node)).containsExactly(2, 4, 5, 6, 7, 8);
        assertThat(writes(node)).containsEntry("title", 8).doesNotContainKey("body"); // the if's set did not run
        Map<?, ?> record = (Map<?, ?>) node.lines().page(3, 1).getFirst().locals().get("record");
        assertThat(record.get("title")).isEqualTo("ago");
        assertThat(node.lines().costs()).allSatisfy(c -> assertThat(c.fuel()).isPositive());
    }

    @Test
    void stanzaRejectStopsTheScript() throws IOException {
        Run run = run("stanza", STANZA, 98);
        assertThat(run.result.operations().getFirst().status()).isEqualTo("rejected");
        assertThat(lines(run.trigger("note_trigger"))).containsExactly(2, 4, 5, 6, 7);
    }

    @Test
    void twoRunsOnAFreshStoreGiveTheSameRecording() throws IOException {
        List<String> a = events(run("lua", LUA, 1).trigger("note_trigger"));
        Path second = root.resolve("again");
        root = second;
        List<String> b = events(run("lua", LUA, 1).trigger("note_trigger"));
        assertThat(b).isEqualTo(a).isNotEmpty();
    }

    @Test
    void pythonLinesLocalsWritesAndSettraceRefused() throws IOException {
        Run run = run("python", PYTHON, 1);
        TraceNode node = run.trigger("note_trigger");
        assertThat(run.result.operations().getFirst().status()).isEqualTo("committed");
        // GraalPy does not report the for line before every pass (2, 3, 4, 4, 3, 4, 3, 5 here): the body's count is what holds
        assertThat(lines(node)).startsWith(2, 3, 4).containsSubsequence(4, 4, 4, 5, 6, 8, 9, 5, 10, 11, 12, 14, 15, 16)
                .doesNotContain(7);
        assertThat(lines(node).stream().filter(l -> l == 4).count()).isEqualTo(3);
        Map<String, Object> before8 = node.lines().page(indexOf(node, 8), 1).getFirst().locals();
        assertThat(((Number) before8.get("total")).longValue()).isEqualTo(3);
        assertThat(((Map<?, ?>) before8.get("context")).containsKey("new_map")).isTrue();
        assertThat(writes(node)).containsEntry("title", 8).containsEntry("n", 9).containsEntry("body", 16);
        // sys.settrace(None) is refused, and the lines after it are still recorded
        assertThat(lines(node)).contains(12, 14, 15, 16);
        assertThat(run.store.query("SELECT body FROM note").getFirst().get("body")).isEqualTo("refused");
    }

    @Test
    void pythonContextIsASummaryWithTheUserItRunsAs() throws IOException {
        TraceNode node = run("python", PYTHON, 1).trigger("note_trigger");

        Map<String, Object> first = node.lines().page(0, 1).getFirst().locals();

        assertThat(first.get("context")).isEqualTo(Map.of("user", Map.of("id", "alice", "name", "Alice", "groups", List.of(),
                "admin", true), "trigger_context", List.of("Before", "Create"), "new_map", "1 records", "old_map", "0 records"));
    }

    // ---- a small project on disk, run with the recording on ----------------------------------

    private record Run(BatchResult result, RecordingListener trace, Store store) {
        TraceNode trigger(String source) {
            for (OperationTrace op : trace.operations()) {
                for (TraceNode n : op.steps()) {
                    TraceNode t = find(n, "trigger");
                    if (t != null && t.source().endsWith(source)) {
                        return t;
                    }
                }
            }
            throw new AssertionError("no trigger node " + source);
        }

        TraceNode find(TraceNode n, String step) {
            for (TraceNode c : n.children()) {
                if (c.step().equals(step)) {
                    return c;
                }
                TraceNode deeper = find(c, step);
                if (deeper != null) {
                    return deeper;
                }
            }
            return null;
        }
    }

    private Run run(String language, String script, int n) throws IOException {
        String ext = language.equals("python") ? "py" : language;
        write("project.json", "{\"name\": \"lines\", \"format\": 1, \"default_user\": \"alice\"}");
        write("users.json", "{\"groups\": [], \"users\": [{\"id\": \"alice\", \"name\": \"Alice\", \"groups\": [], \"admin\": true}]}");
        write("objects/note.json", """
                {"api_name": "note", "label": "Note", "name_field": "title", "fields": [
                  {"name": "title", "type": "text"}, {"name": "body", "type": "text"}, {"name": "n", "type": "integer"}]}
                """);
        write("objects/tag.json", """
                {"api_name": "tag", "label": "Tag", "name_field": "name", "fields": [{"name": "name", "type": "text"}]}
                """);
        trigger("note_trigger", "note", language, ext, script);
        trigger("tag_trigger", "tag", "lua", "lua", LUA_TAG);
        write("batches/go.json", "{\"user\": \"alice\", \"operations\": [{\"op\": \"create\", \"object\": \"note\","
                + " \"records\": [{\"body\": \"go\", \"n\": " + n + "}]}]}");
        Project project = ProjectLoader.load(root);
        Store store = Simulator.openStore(project, null, false);
        RecordingListener trace = new RecordingListener(true, true);
        try (Simulator sim = new Simulator(project, store, ScriptRuntimes.standard())) {
            return new Run(sim.run(project.batches().get("go"), null, trace), trace, store);
        }
    }

    private void trigger(String id, String object, String language, String ext, String script) throws IOException {
        write("triggers/" + id + ".json", """
                {"id": "%s", "object": "%s", "language": "%s", "timing": "before", "events": ["create"],
                 "order": 10, "active": true}
                """.formatted(id, object, language));
        write("triggers/" + id + "." + ext, script);
    }

    private void write(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static List<Integer> lines(TraceNode node) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < node.lines().size(); i++) {
            out.add(node.lines().lineAt(i));
        }
        return out;
    }

    private static List<String> events(TraceNode node) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.lines().size(); i++) {
            out.add(node.lines().raw(i));
        }
        return out;
    }

    private static int indexOf(TraceNode node, int line) {
        return lines(node).indexOf(line);
    }

    private static Map<String, Integer> writes(TraceNode node) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (RecordChange c : node.records()) {
            for (RecordChange.FieldWrite w : c.writes()) {
                out.put(w.field(), w.line());
            }
        }
        return out;
    }
}
