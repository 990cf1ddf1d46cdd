package dev.triggerstudio.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Damages one file of a project the way people and tools do: text edits (deleted or repeated
 * ranges, stray tokens, truncation, bytes that are not UTF-8) and structural edits that keep the
 * JSON valid but change what it says (a field removed or renamed, a value of another type, an
 * array item repeated). Deterministic for a seed, so a failing case can be replayed.
 */
final class JsonMutator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "-1", "1e309",
            "\"\\u0000\"", "true", "99999999999999999999999", "\"$nope\"", "\"\"", "[[[[[[[[[[", "\n", "/*", "NaN");

    private final Random random;
    private final List<String> done = new ArrayList<>();

    JsonMutator(long seed) {
        this.random = new Random(seed);
    }

    /** What was done, for the failure message. */
    List<String> done() {
        return done;
    }

    /** Applies 1 to 3 mutations to files picked among the project's JSON and script files. */
    void mutate(Path root) {
        List<Path> files = projectFiles(root);
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            Path file = files.get(random.nextInt(files.size()));
            try {
                mutateFile(root, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void mutateFile(Path root, Path file) throws IOException {
        String rel = root.relativize(file).toString();
        int kind = random.nextInt(10);
        JsonNode tree = kind < 5 && rel.endsWith(".json") ? parseOrNull(file) : null;
        if (tree != null) {
            String what = mutateTree(tree);
            Files.writeString(file, Json.pretty(tree));
            done.add(rel + ": " + what);
            return;
        }
        if (kind == 9) {
            byte[] bytes = Files.readAllBytes(file);
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            if (bytes.length > 0) {
                bytes[at] = (byte) (0x80 | random.nextInt(0x40));
            }
            Files.write(file, bytes);
            done.add(rel + ": byte " + at + " made not UTF-8");
            return;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String changed = mutateText(text, Math.max(kind, 5));
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        done.add(rel + ": text edit " + kind + " (" + text.length() + " -> " + changed.length() + " chars)");
    }

    /** A file an earlier mutation left malformed gets a text edit instead. */
    private static JsonNode parseOrNull(Path file) {
        try {
            return Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    private String mutateText(String text, int kind) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        int end = Math.min(text.length(), at + random.nextInt(40));
        return switch (kind) {
            case 5 -> text.substring(0, at) + text.substring(end);
            case 6 -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
            case 7 -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
            default -> text.substring(0, at);
        };
    }

    /** Picks a random container node and edits one of its members. */
    private String mutateTree(JsonNode tree) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            return mutateObject(o);
        }
        if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, oddValue());
            }
            return "array item " + i + " changed";
        }
        if (target instanceof ObjectNode o) {
            o.set("surprise", oddValue());
            return "field added to an empty object";
        }
        ((ArrayNode) target).add(oddValue());
        return "item added to an empty array";
    }

    private String mutateObject(ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
            case 0 -> o.remove(name);
            case 1 -> {
                JsonNode v = o.remove(name);
                o.set(name + "x", v);
            }
            default -> o.set(name, oddValue());
        }
        return "field \"" + name + "\" changed";
    }

    private JsonNode oddValue() {
        return switch (random.nextInt(12)) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode("");
            case 2 -> F.numberNode(-1);
            case 3 -> F.numberNode(1e300);
            case 4 -> F.booleanNode(true);
            case 5 -> F.arrayNode();
            case 6 -> F.objectNode();
            case 7 -> F.textNode("x".repeat(5_000));
            case 8 -> F.textNode("$ghost");
            case 9 -> F.textNode("../../etc/passwd");
            case 10 -> F.numberNode(Long.MAX_VALUE);
            default -> F.textNode("é\u0000\u202e");
        };
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            Iterator<JsonNode> it = node.elements();
            it.forEachRemaining(child -> collect(child, out));
        }
    }

    private static List<Path> projectFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".db")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
