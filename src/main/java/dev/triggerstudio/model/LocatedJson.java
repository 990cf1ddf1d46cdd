package dev.triggerstudio.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON file that remembers where each value stood, so that an error found later
 * (an unknown field type, a missing object) can name its line and column.
 */
public final class LocatedJson {
    private final String path;
    private final JsonNode root;
    /**
     * The text, kept until its positions are first asked for. Positions are wanted only when
     * something is wrong, and for a batch of 100 000 records they cost ~75 MB (a pointer string and
     * a position for each of ~500 000 values), built before the records and outliving them in the
     * old generation; the text is a sixth of that and usually never read again.
     */
    private String text;
    private Map<String, int[]> positions;

    private LocatedJson(String path, JsonNode root, String text) {
        this.path = path;
        this.root = root;
        this.text = text;
    }

    /** Parses text; malformed JSON becomes a {@link ProjectException} with the position, in our words. */
    public static LocatedJson parse(String path, String text) {
        JsonNode root = readTree(path, text);
        if (root == null || root.isMissingNode()) {
            throw new ProjectException(Diagnostic.error(path, 1, 1, "the file is empty; write a JSON value"));
        }
        try {
            scan(text, null).forEach((pointer, exact) -> keepExact(root, pointer, exact));
            return new LocatedJson(path, root, text);
        } catch (JsonProcessingException e) {
            throw new ProjectException(malformed(path, e));
        }
    }

    /**
     * Binds text straight to a type, without the tree, for a large file read only to be bound (a
     * batch): null when anything is unusual (not an object, a syntax or binding error, a duplicate
     * key, more after the value, a float too large for a double), so that the caller goes the
     * tree's way and reports it as always. A 100 000-record batch's tree is ~40 MB.
     */
    static <T> T bindDirectly(String text, Class<T> type) {
        try (JsonParser p = Json.MAPPER.createParser(text)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // as the tree refuses them
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            T value = Json.MAPPER.readValue(p, type);
            if (value == null || p.nextToken() != null || !scan(text, null).isEmpty()) {
                return null;
            }
            return value;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The file with positions for its errors and warnings, for a caller that bound it directly. */
    static LocatedJson withoutTree(String path, String text) {
        return new LocatedJson(path, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), text);
    }

    private static JsonNode readTree(String path, String text) {
        try (JsonParser p = Json.MAPPER.createParser(text)) {
            try {
                JsonNode root = Json.MAPPER.readTree(p);
                if (root != null && p.nextToken() != null) {
                    JsonLocation at = p.currentTokenLocation();
                    throw new ProjectException(Diagnostic.error(path, at.getLineNr(), at.getColumnNr(),
                            "more after the end of the JSON value; a file holds one value, so remove this or wrap both in [ ]"));
                }
                return root;
            } catch (JsonProcessingException e) {
                // the parser knows where it stopped even when the error (a depth or length limit) does not say
                throw new ProjectException(JsonMessages.syntax(path, e, p.currentLocation()));
            }
        } catch (IOException e) {
            throw new ProjectException(Diagnostic.error(path, 1, 1, "cannot be read: " + IoMessages.reason(e)));
        }
    }

    /**
     * A float past ±1.8e308 is read as an infinity, so the run (and its trace) would see
     * "Infinity" where the file says 1e400. It keeps its exact value instead, which the field
     * check then refuses by name (ValueLimits).
     */
    private static void keepExact(JsonNode root, String pointer, BigDecimal exact) {
        if (pointer.isEmpty()) {
            return; // a file that is one huge number is refused for its shape anyway
        }
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, DecimalNode.valueOf(exact));
        } else if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), DecimalNode.valueOf(exact));
        }
    }

    /**
     * One pass over the text: returns the exact value of each float too large for a double, by
     * pointer, and fills {@code positions} (when given) with each value's line and column.
     */
    private static Map<String, BigDecimal> scan(String text, Map<String, int[]> positions) throws JsonProcessingException {
        Map<String, BigDecimal> huge = new HashMap<>();
        try (JsonParser p = Json.MAPPER.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                boolean isHuge = t == JsonToken.VALUE_NUMBER_FLOAT && Double.isInfinite(p.getDoubleValue());
                if (positions == null && !isHuge) {
                    continue;
                }
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (positions != null) {
                    JsonLocation loc = p.currentTokenLocation();
                    positions.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
                if (isHuge) {
                    huge.put(pointer, p.getDecimalValue());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return huge;
    }

    /** Every value's position, read from the text the first time one is asked for. */
    private synchronized Map<String, int[]> positions() {
        if (positions == null) {
            Map<String, int[]> found = new HashMap<>();
            try {
                scan(text, found);
            } catch (JsonProcessingException e) {
                // parse() read this text without error, so this cannot happen; what was found stands
            }
            positions = found;
            text = null;
        }
        return positions;
    }

    /** A file that is not valid JSON, as one diagnostic at the error's position, in our words. */
    public static Diagnostic malformed(String path, JsonProcessingException e) {
        return JsonMessages.syntax(path, e, null);
    }

    public String path() {
        return path;
    }

    public JsonNode root() {
        return root;
    }

    /** Line and column of the value at a JSON pointer, falling back to its nearest parent. */
    public int[] position(String pointer) {
        Map<String, int[]> positions = positions();
        String p = pointer;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    public Diagnostic error(String pointer, String message) {
        int[] pos = position(pointer);
        return Diagnostic.error(path, pos[0], pos[1], message);
    }

    public Diagnostic warning(String pointer, String message) {
        int[] pos = position(pointer);
        return Diagnostic.warning(path, pos[0], pos[1], message);
    }

    /** Binds the whole file to a type; binding errors name the offending value's position. */
    public <T> T bind(Class<T> type) {
        return bind("", type);
    }

    public <T> T bind(String pointer, Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(root.at(pointer.isEmpty() ? "" : pointer), type);
        } catch (JsonMappingException e) {
            String at = pointer + pointerOf(e.getPath());
            String nullItem = e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException
                    ? firstNullItem(root.at(at), at) : null;
            if (nullItem != null) {
                throw new ProjectException(error(nullItem, "a null item in this list; remove it or write a value"));
            }
            throw new ProjectException(error(at, BindingMessages.explain(e)));
        } catch (JsonProcessingException e) {
            throw new ProjectException(malformed(path, e));
        }
    }

    /** Binds the whole file to a generic type such as a list of records. */
    public <T> T bind(com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try {
            return Json.MAPPER.readerFor(type).readValue(root);
        } catch (JsonMappingException e) {
            throw new ProjectException(error(pointerOf(e.getPath()), BindingMessages.explain(e)));
        } catch (IOException e) {
            throw new ProjectException(error("", "cannot be read as this kind of file; check its shape against docs/format.md"));
        }
    }

    /** The pointer of the first null directly inside a list within {@code node}, or null when there is none. */
    private static String firstNullItem(JsonNode node, String at) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    return at + "/" + i;
                }
            }
        }
        if (node.isContainerNode()) {
            var names = node.isObject() ? node.fieldNames() : null;
            for (int i = 0; i < node.size(); i++) {
                String key = names == null ? String.valueOf(i) : names.next();
                JsonNode child = names == null ? node.get(i) : node.get(key);
                String found = firstNullItem(child, at + "/" + key.replace("~", "~0").replace("/", "~1"));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String pointerOf(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            sb.append('/');
            sb.append(r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(r.getIndex()));
        }
        return sb.toString();
    }
}
