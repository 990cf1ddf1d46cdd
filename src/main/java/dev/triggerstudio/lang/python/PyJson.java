package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values cross between Java and Python as JSON, so Python gets real dicts and lists and Java gets
 * the value types of {@link dev.triggerstudio.lang.RecordPair}: String, Long, Double, Boolean, null,
 * List and Map. Python's int becomes Long and float Double; NaN and infinities pass unchanged.
 */
final class PyJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    private PyJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot hand this value to Python: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Python answered with malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode treeOf(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Whether a value handed to Python came back as it went: {@code returned} is what
     * {@link PyJsonReader} made of Python's answer, so an Integer comes back as a Long and a Float as
     * the Double Jackson would print. Values of other types are compared through their JSON form.
     */
    static boolean unchanged(Object given, Object returned) {
        return switch (given) {
            case null -> returned == null;
            case String s -> s.equals(returned);
            case Boolean b -> b.equals(returned);
            case Long l -> isInteger(returned, l);
            case Integer i -> isInteger(returned, i);
            case Double d -> d.equals(returned);
            case Float f -> returned instanceof Double d && d == Double.parseDouble(Float.toString(f));
            case Map<?, ?> m -> returned instanceof Map<?, ?> r && sameMaps(m, r);
            case List<?> l -> returned instanceof List<?> r && sameLists(l, r);
            default -> sameAsJson(given, returned);
        };
    }

    private static boolean isInteger(Object returned, long value) {
        return (returned instanceof Integer i && i == value) || (returned instanceof Long l && l == value);
    }

    private static boolean sameMaps(Map<?, ?> given, Map<?, ?> returned) {
        if (given.size() != returned.size()) {
            return false;
        }
        for (Map.Entry<?, ?> e : given.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!returned.containsKey(key) || !unchanged(e.getValue(), returned.get(key))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLists(List<?> given, List<?> returned) {
        if (given.size() != returned.size()) {
            return false;
        }
        for (int i = 0; i < given.size(); i++) {
            if (!unchanged(given.get(i), returned.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAsJson(Object given, Object returned) {
        try {
            return plain(MAPPER.valueToTree(given)).equals(storable(returned));
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /**
     * A value read by {@link PyJsonReader} with its integers as Long, as records hold them; fails on
     * an integer beyond 64 bits, which no field can store. Maps and lists are changed in place.
     */
    @SuppressWarnings("unchecked")
    static Object storable(Object value) {
        switch (value) {
            case Integer i -> {
                return i.longValue();
            }
            case BigInteger big -> throw new ArithmeticException("the integer " + big + " does not fit in 64 bits");
            case Map<?, ?> m -> ((Map<Object, Object>) m).replaceAll((k, v) -> storable(v));
            case List<?> l -> ((List<Object>) l).replaceAll(PyJson::storable);
            case null, default -> { }
        }
        return value;
    }

    /** A JSON tree as plain Java values. */
    static Object plain(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> map(node);
            case ARRAY -> list(node);
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> number(node);
            default -> null;
        };
    }

    static Map<String, Object> map(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue())));
        return out;
    }

    static List<Object> list(JsonNode node) {
        List<Object> out = new ArrayList<>(node.size());
        node.forEach(n -> out.add(plain(n)));
        return out;
    }

    private static Object number(JsonNode node) {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new ArithmeticException("the integer " + node.asText() + " does not fit in 64 bits");
            }
            return node.longValue();
        }
        return node.doubleValue();
    }
}
