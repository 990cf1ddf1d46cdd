package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 5 (no cap, bounded memory), scaled down: one create of 5 000 wide records with a
 * Lua and a Stanza Before trigger, {@code --trace --lines}, in a child JVM with a 96 MB heap. Held
 * in memory, the operation's record snapshots (a before and an after per record for most steps and
 * every trigger chunk) need several times that heap; the trace must still be complete. The 100 000
 * record run with a Python trigger too, under 512 MB, is measured by hand (docs/performance.md).
 */
class LargeOperationTraceTest {
    private static final int RECORDS = 5_000;
    private static final int NUMBERS = 30;

    @TempDir
    Path tmp;

    @Test
    void aLargeOperationsFullTraceWithLinesFitsInASmallHeap() throws Exception {
        Path project = project();
        Path trace = tmp.resolve("trace.json");
        Path log = tmp.resolve("run.log");

        Process p = start(log, "simulate", project.toString(), "big", "--trace", trace.toString(), "--lines");
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("finished").isTrue();
        String output = Files.readString(log);

        assertThat(output).as(output).contains("#0 create item: committed (5000 records)").doesNotContain("out of memory");
        assertThat(p.exitValue()).as(output).isZero();
        Counts counts = count(trace);
        // initialize and hydrate list every record, and so does before_triggers (their sum)
        assertThat(counts.befores).isEqualTo(5 * RECORDS);
        // each record's writes, from the Lua trigger (a, c) and the Stanza one (b), none lost
        assertThat(counts.writes).isEqualTo(2 * RECORDS);
        assertThat(counts.writtenFields).isEqualTo(3 * RECORDS);
        assertThat(counts.lineEvents).isEqualTo(2 * RECORDS + 2 * RECORDS);
    }

    record Counts(int befores, int writes, int writtenFields, int lineEvents) {
    }

    /** Streams the trace (it is too large to hold as a tree here too). */
    private static Counts count(Path trace) throws IOException {
        int befores = 0;
        int writes = 0;
        int fields = 0;
        int events = 0;
        try (JsonParser p = Json.MAPPER.getFactory().createParser(trace.toFile())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.FIELD_NAME) {
                    continue;
                }
                switch (p.currentName()) {
                    case "before" -> befores++;
                    case "writes" -> {
                        writes++;
                        p.nextToken();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            fields++;
                            p.skipChildren();
                        }
                    }
                    case "lines" -> {
                        p.nextToken();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            events++;
                            p.skipChildren();
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Counts(befores, writes, fields, events);
    }

    private Path project() throws IOException {
        Path root = tmp.resolve("big");
        write(root, "project.json", "{\"name\": \"big\", \"format\": 1, \"default_user\": \"alice\","
                + " \"limits\": {\"trigger_timeout_ms\": 600000}}");
        write(root, "users.json", "{\"groups\": [], \"users\": [{\"id\": \"alice\", \"name\": \"Alice\", \"groups\": [],"
                + " \"admin\": true}]}");
        StringBuilder fields = new StringBuilder("{\"name\": \"name\", \"type\": \"text\"}, {\"name\": \"qty\", \"type\": \"integer\"},"
                + " {\"name\": \"a\", \"type\": \"text\"}, {\"name\": \"b\", \"type\": \"text\"}, {\"name\": \"c\", \"type\": \"integer\"}");
        for (int k = 0; k < NUMBERS; k++) {
            fields.append(", {\"name\": \"f").append(k).append("\", \"type\": \"number\"}");
        }
        write(root, "objects/item.json", "{\"api_name\": \"item\", \"label\": \"Item\", \"name_field\": \"name\", \"fields\": ["
                + fields + "]}");
        trigger(root, "t_lua", "lua", "local n = record.qty or 0\nrecord.a = \"n \" .. n\nrecord.c = n * 2\n");
        trigger(root, "t_stanza", "stanza", "// tag the item\nset record.b = \"item \" + record.name\n");
        Files.createDirectories(root.resolve("batches"));
        try (Writer out = Files.newBufferedWriter(root.resolve("batches/big.json"), StandardCharsets.UTF_8)) {
            out.write("{\"user\": \"alice\", \"operations\": [{\"op\": \"create\", \"object\": \"item\", \"records\": [\n");
            for (int i = 0; i < RECORDS; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"name\": \"i" + i + "\", \"qty\": " + (i % 10));
                for (int k = 0; k < NUMBERS; k++) {
                    out.write(", \"f" + k + "\": " + (i * 1000.5 + k));
                }
                out.write("}");
            }
            out.write("\n]}]}\n");
        }
        return root;
    }

    private static void trigger(Path root, String id, String language, String script) throws IOException {
        write(root, "triggers/" + id + ".json", "{\"id\": \"" + id + "\", \"object\": \"item\", \"language\": \"" + language
                + "\", \"timing\": \"before\", \"events\": [\"create\"], \"order\": 10, \"active\": true}");
        write(root, "triggers/" + id + "." + language, script);
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), "-Xmx96m", "-XX:+UseParallelGC",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dpolyglot.engine.WarnInterpreterOnly=false", "-cp", System.getProperty("java.class.path"),
                "dev.triggerstudio.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
