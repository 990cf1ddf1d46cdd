package dev.triggerstudio.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Json;
import java.util.Map;

/** Converts record values to SQLite column values and back (docs/architecture.md#contracts). */
final class ColumnCodec {
    private ColumnCodec() {
    }

    static String sqlType(FieldType type) {
        return switch (type) {
            case NUMBER -> "REAL";
            case INTEGER, BOOLEAN -> "INTEGER";
            default -> "TEXT";
        };
    }

    static boolean isText(FieldType type) {
        return sqlType(type).equals("TEXT");
    }

    /** A record value as bound to a prepared statement. */
    static Object toColumn(FieldType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case NUMBER -> value instanceof Number n ? n.doubleValue() : value;
            case INTEGER -> value instanceof Number n ? n.longValue() : value;
            case BOOLEAN -> value instanceof Boolean b ? (b ? 1 : 0) : value;
            case LOOKUP -> value instanceof Map<?, ?> m ? String.valueOf(m.get("id")) : String.valueOf(value);
            case ADDRESS, JSON -> Json.compact(value);
            default -> value instanceof String ? value : String.valueOf(value);
        };
    }

    /** A column value as a record value. */
    /** Whether a stored value has the form its field's type reads: SQLite keeps text in a REAL column. */
    static boolean holds(FieldType type, Object column) {
        return column == null || switch (type) {
            case NUMBER, INTEGER, BOOLEAN -> column instanceof Number;
            default -> true;
        };
    }

    static Object fromColumn(FieldType type, Object column) {
        if (column == null) {
            return null;
        }
        return switch (type) {
            case NUMBER -> ((Number) column).doubleValue();
            case INTEGER -> ((Number) column).longValue();
            case BOOLEAN -> ((Number) column).longValue() != 0;
            case ADDRESS, JSON -> parseJson(column.toString());
            default -> column.toString();
        };
    }

    private static Object parseJson(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            return Json.MAPPER.convertValue(node, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
