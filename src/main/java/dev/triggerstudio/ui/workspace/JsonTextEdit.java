package dev.triggerstudio.ui.workspace;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.ui.workspace.JsonSpans.Arr;
import dev.triggerstudio.ui.workspace.JsonSpans.Member;
import dev.triggerstudio.ui.workspace.JsonSpans.Obj;
import dev.triggerstudio.ui.workspace.JsonSpans.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Saves a definition as the smallest change to the text the user had. The edit is what differs
 * between the file as the model reads it and the definition now; only that is written into the
 * original text, at the places it occupies there. Keys the user never wrote stay out while their
 * value is the default (a trigger saved after an order change does not grow {@code skip_on_list},
 * {@code run_when} and {@code permissions}), the user's key order, indentation and line breaks
 * stay, and a git diff shows the edit alone. Text that cannot be read as the type is written
 * afresh in the project's standard layout.
 */
public final class JsonTextEdit {
    private final String text;
    private final String unit;
    private final String eol;
    private final List<Replacement> edits = new ArrayList<>();
    private static final DefaultPrettyPrinter.NopIndenter NO_BREAKS = new DefaultPrettyPrinter.NopIndenter();

    private record Replacement(int start, int end, String text) {
    }

    private JsonTextEdit(String text) {
        this.text = text;
        this.eol = text.contains("\r\n") ? "\r\n" : "\n";
        this.unit = indentUnit(text);
    }

    /** The text to write for {@code value}, a {@code type} whose file held {@code original} (null: a new file). */
    public static String of(String original, Object value, Class<?> type) {
        if (original == null) {
            return Json.pretty(value);
        }
        try {
            JsonNode had = Json.MAPPER.readTree(original);
            JsonNode before = Json.MAPPER.valueToTree(Json.MAPPER.treeToValue(had, type));
            JsonNode after = Json.MAPPER.valueToTree(value);
            if (!(JsonSpans.of(original) instanceof Obj root) || !before.isObject() || !after.isObject()) {
                return Json.pretty(value);
            }
            JsonTextEdit edit = new JsonTextEdit(original);
            edit.object(root, (ObjectNode) before, (ObjectNode) after);
            return edit.result();
        } catch (IOException | RuntimeException e) {
            // not readable as the type (the user saves over a broken file): the standard layout
            return Json.pretty(value);
        }
    }

    private String result() {
        StringBuilder out = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Replacement::start).reversed())
                .forEach(r -> out.replace(r.start(), r.end(), r.text()));
        return out.toString();
    }

    private void object(Obj span, ObjectNode before, ObjectNode after) {
        boolean removes = span.members().stream().anyMatch(m -> before.has(m.key()) && !after.has(m.key()));
        if (removes || span.members().isEmpty()) {
            replace(span, merged(span, before, after));
            return;
        }
        ObjectNode added = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> f : after.properties()) {
            JsonNode was = before.get(f.getKey());
            if (f.getValue().equals(was)) {
                continue; // the edit did not touch it, written by the user or not
            }
            Member m = span.member(f.getKey());
            if (m == null) {
                added.set(f.getKey(), f.getValue());
            } else {
                value(m.value(), was, f.getValue());
            }
        }
        if (!added.isEmpty()) {
            append(span, added);
        }
    }

    private void value(Span span, JsonNode before, JsonNode after) {
        if (span instanceof Obj o && before != null && before.isObject() && after.isObject()) {
            object(o, (ObjectNode) before, (ObjectNode) after);
        } else if (span instanceof Arr a && before != null && before.isArray() && after.isArray()
                && a.items().size() == before.size() && after.size() >= before.size()) {
            array(a, before, after);
        } else {
            replace(span, after);
        }
    }

    /** Changed items are patched in place; items added at the end are appended after the last one. */
    private void array(Arr span, JsonNode before, JsonNode after) {
        for (int i = 0; i < before.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
                value(span.items().get(i), before.get(i), after.get(i));
            }
        }
        if (after.size() == before.size()) {
            return;
        }
        if (span.items().isEmpty()) {
            replace(span, after);
            return;
        }
        Span last = span.items().getLast();
        boolean oneLine = sameLine(span.start(), span.end());
        String indent = oneLine ? "" : lineIndent(last.start());
        StringBuilder more = new StringBuilder();
        for (int i = before.size(); i < after.size(); i++) {
            more.append(oneLine ? ", " : "," + eol + indent).append(render(after.get(i), indent, oneLine));
        }
        edits.add(new Replacement(last.end(), last.end(), more.toString()));
    }

    private void append(Obj span, ObjectNode added) {
        Member last = span.members().getLast();
        boolean oneLine = sameLine(span.start(), span.end());
        String indent = oneLine ? "" : lineIndent(last.keyStart());
        StringBuilder more = new StringBuilder();
        for (Map.Entry<String, JsonNode> f : added.properties()) {
            more.append(oneLine ? ", " : "," + eol + indent).append(Json.compact(f.getKey())).append(": ")
                    .append(render(f.getValue(), indent, oneLine));
        }
        edits.add(new Replacement(last.value().end(), last.value().end(), more.toString()));
    }

    private void replace(Span span, JsonNode value) {
        boolean oneLine = sameLine(span.start(), span.end()) && !(span instanceof JsonSpans.Scalar);
        edits.add(new Replacement(span.start(), span.end(), render(value, lineIndent(span.start()), oneLine)));
    }

    /**
     * The object rewritten whole (a key went): the user's keys in their order, then the keys the edit
     * added; defaults the user never wrote stay out.
     */
    private static ObjectNode merged(Obj span, ObjectNode before, ObjectNode after) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (Member m : span.members()) {
            if (after.has(m.key())) {
                out.set(m.key(), after.get(m.key()));
            }
        }
        for (Iterator<String> keys = after.fieldNames(); keys.hasNext(); ) {
            String k = keys.next();
            if (!out.has(k) && !after.get(k).equals(before.get(k))) {
                out.set(k, after.get(k));
            }
        }
        return out;
    }

    private String render(JsonNode value, String indent, boolean oneLine) {
        Separators spacing = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = oneLine
                ? new DefaultPrettyPrinter(spacing.withObjectEntrySpacing(Separators.Spacing.AFTER)
                        .withArrayValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
                        .withArrayEmptySeparator("")).withArrayIndenter(NO_BREAKS).withObjectIndenter(NO_BREAKS)
                : new DefaultPrettyPrinter(spacing).withArrayIndenter(new DefaultIndenter(unit, eol))
                        .withObjectIndenter(new DefaultIndenter(unit, eol));
        try {
            return Json.MAPPER.writer(printer).writeValueAsString(value).replace(eol, eol + indent);
        } catch (IOException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    /** The whitespace that starts the line holding {@code offset}. */
    private String lineIndent(int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    private boolean sameLine(int start, int end) {
        return text.indexOf('\n', start) < 0 || text.indexOf('\n', start) >= end;
    }

    /** The indentation of the first indented line: the user's unit (two spaces, four, a tab). */
    private static String indentUnit(String text) {
        for (String line : text.split("\n")) {
            String lead = line.substring(0, line.length() - line.stripLeading().length());
            if (!lead.isEmpty() && !line.isBlank()) {
                return lead.replace("\r", "");
            }
        }
        return "  ";
    }
}
