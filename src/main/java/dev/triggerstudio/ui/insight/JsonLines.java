package dev.triggerstudio.ui.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A trace printed as indented lines, remembering which lines each JSON pointer covers, so a
 * difference's {@code goldenPointer}/{@code actualPointer} can be highlighted on its side.
 */
public final class JsonLines {
    /** Lines first..last (0-based, inclusive) that print the node at a pointer. */
    public record Span(int first, int last) {
    }

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Span> spans = new HashMap<>();

    private JsonLines() {
    }

    public static JsonLines of(JsonNode root) {
        JsonLines out = new JsonLines();
        out.print(root, "", "", 0, false);
        return out;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines of a pointer, or null when the tree has no such node. */
    public Span span(String pointer) {
        return pointer == null ? null : spans.get(pointer);
    }

    private void print(JsonNode node, String pointer, String key, int depth, boolean comma) {
        String indent = "  ".repeat(depth);
        String head = indent + (key.isEmpty() ? "" : quote(key) + ": ");
        int first = lines.size();
        if (node.isObject() && !node.isEmpty()) {
            lines.add(head + "{");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                print(e.getValue(), pointer + "/" + escape(e.getKey()), e.getKey(), depth + 1, it.hasNext());
            }
            lines.add(indent + "}" + (comma ? "," : ""));
        } else if (node.isArray() && !node.isEmpty()) {
            lines.add(head + "[");
            for (int i = 0; i < node.size(); i++) {
                print(node.get(i), pointer + "/" + i, "", depth + 1, i < node.size() - 1);
            }
            lines.add(indent + "]" + (comma ? "," : ""));
        } else {
            lines.add(head + node.toString() + (comma ? "," : ""));
        }
        spans.put(pointer, new Span(first, lines.size() - 1));
    }

    private static String quote(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** RFC 6901: ~ and / in a key are escaped. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
