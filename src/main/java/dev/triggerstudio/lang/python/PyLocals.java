package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.triggerstudio.lang.Locals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host's half of the Python line recording ({@code --lines}): reads a line's locals from the
 * driver's tracer, and shortens the records of {@code new_map} among them the way the prelude's
 * {@code local_value} shortens every other local. The tracer sends records as they are because
 * walking their fields in GraalPy's interpreter cost more than the rest of a line event
 * (docs/performance.md, issue 18).
 *
 * <p>The same limits as {@link Locals}, counted as Python counts: a string
 * keeps 200 characters (code points, so an emoji is never cut in half) and ends in {@code …}; a map
 * keeps 50 entries and a {@code "…": "N more"} entry; a list keeps 50 items and a
 * {@code "… N more"} item; a map or list nested 4 levels deep reads {@code "…"}.
 *
 * <p>One streaming pass per event into sorted maps: the recording writes its maps with sorted
 * keys, and a sorted map is written as it is instead of being sorted again.
 */
final class PyLocals {
    /** The depth given to values the tracer shortened already: never shortened again. */
    private static final int AS_IS = Integer.MIN_VALUE;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private PyLocals() {
    }

    /**
     * A line's locals: {@code shortened}, a JSON object of values the tracer shortened already, and
     * {@code whole}, a JSON object of records to shorten here (null or "{}" for none).
     */
    static Map<String, Object> of(String shortened, String whole) {
        Map<String, Object> locals = new TreeMap<>();
        read(shortened, locals, AS_IS);
        if (whole != null && whole.length() > 2) {
            read(whole, locals, 0);
        }
        return locals;
    }

    private static void read(String json, Map<String, Object> into, int depth) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected an object");
            }
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                into.put(name, value(p, p.nextToken(), depth));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Python answered with malformed JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        return switch (t) {
            case START_OBJECT -> depth >= Locals.MAX_DEPTH ? skipped(p) : map(p, depth);
            case START_ARRAY -> depth >= Locals.MAX_DEPTH ? skipped(p) : list(p, depth);
            case VALUE_STRING -> depth == AS_IS ? p.getText() : text(p.getText());
            case VALUE_NUMBER_INT -> integer(p);
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + t);
        };
    }

    /** As {@link PyJson#plain}: a local is a JSON value of records' types, and no field holds more than 64 bits. */
    private static Long integer(JsonParser p) throws IOException {
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new ArithmeticException("the integer " + p.getText() + " does not fit in 64 bits");
        }
        return p.getLongValue();
    }

    private static String skipped(JsonParser p) throws IOException {
        p.skipChildren();
        return "…";
    }

    private static String text(String s) {
        if (s.length() <= Locals.MAX_TEXT || s.codePointCount(0, s.length()) <= Locals.MAX_TEXT) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Locals.MAX_TEXT)) + "…";
    }

    private static Map<String, Object> map(JsonParser p, int depth) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        int n = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            if (depth != AS_IS && n >= Locals.MAX_ITEMS) {
                p.skipChildren();
            } else {
                out.put(name, value(p, t, next(depth)));
            }
            n++;
        }
        if (depth != AS_IS && n > Locals.MAX_ITEMS) {
            out.put("…", (n - Locals.MAX_ITEMS) + " more");
        }
        return out;
    }

    private static List<Object> list(JsonParser p, int depth) throws IOException {
        List<Object> out = new ArrayList<>();
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (depth != AS_IS && n >= Locals.MAX_ITEMS) {
                p.skipChildren();
            } else {
                out.add(value(p, t, next(depth)));
            }
            n++;
        }
        if (depth != AS_IS && n > Locals.MAX_ITEMS) {
            out.add("… " + (n - Locals.MAX_ITEMS) + " more");
        }
        return out;
    }

    private static int next(int depth) {
        return depth == AS_IS ? AS_IS : depth + 1;
    }
}
