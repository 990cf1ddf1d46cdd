package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

    /** A record as it would come back from Python unchanged (Integer as Long, and so on). */
    static Map<String, Object> normalized(Map<String, Object> record) {
        return map(MAPPER.valueToTree(record));
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
