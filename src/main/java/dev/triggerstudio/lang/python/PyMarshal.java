package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the values a trigger receives (the types of {@link dev.triggerstudio.lang.RecordPair})
 * in Python's {@code marshal} format, which Python reads back with {@code marshal.loads} into
 * real dicts, lists, str, int, float, bool and None: the same values {@code json.loads} would
 * give, at about half the interpreter's cost, because marshal's reader has no text to scan and
 * every repeated string (dict keys above all) is written once per payload and referenced
 * afterwards.
 *
 * <p>The bytes travel as a Latin-1 string (one char per byte); Python encodes it back with
 * {@code str.encode('latin-1')}. Values of any other Java type are written as Jackson would turn
 * them into JSON, so Python sees what it saw when the payload was JSON.
 */
final class PyMarshal {
    private static final char FLAG_REF = 0x80;
    private final StringBuilder out = new StringBuilder(8192);
    private static final int MAX_SHARED = 64;
    private final Map<String, Integer> refs = new HashMap<>();

    PyMarshal() {
    }

    /** The marshal bytes of a value, one char per byte. */
    static String write(Object value) {
        PyMarshal m = new PyMarshal();
        m.value(value);
        return m.text();
    }

    /** Starts a new message, keeping the buffers of the last one (a chunk's payload is ~40 KB). */
    PyMarshal reset() {
        out.setLength(0);
        refs.clear();
        return this;
    }

    /** The message so far, one char per byte. */
    String text() {
        return out.toString();
    }

    void startDict() {
        out.append('{');
    }

    void key(String key) {
        string(key);
    }

    void endDict() {
        out.append('0');
    }

    void startList(int size) {
        out.append('[');
        int32(size);
    }

    /** A Python set of the given items. */
    void set(List<?> items) {
        out.append('<');
        int32(items.size());
        for (Object item : items) {
            value(item);
        }
    }

    void value(Object v) {
        switch (v) {
            case null -> out.append('N');
            case String s -> string(s);
            case Boolean b -> out.append(b ? 'T' : 'F');
            case Long l -> integer(l);
            case Integer i -> integer(i);
            case Short s -> integer(s);
            case Byte b -> integer(b);
            case Double d -> real(d);
            case Float f -> real(Double.parseDouble(Float.toString(f))); // as Jackson prints it
            case Map<?, ?> map -> dict(map);
            case List<?> list -> list(list);
            case JsonNode node -> node(node);
            default -> node(PyJson.tree(PyJson.write(v)));
        }
    }

    private void dict(Map<?, ?> map) {
        out.append('{');
        for (Map.Entry<?, ?> e : map.entrySet()) {
            string(String.valueOf(e.getKey()));
            value(e.getValue());
        }
        out.append('0');
    }

    private void list(List<?> list) {
        out.append('[');
        int32(list.size());
        for (Object item : list) {
            value(item);
        }
    }

    /** A value of an unusual Java type, as Jackson's JSON tree of it. */
    private void node(JsonNode n) {
        switch (n.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                n.properties().forEach(e -> {
                    string(e.getKey());
                    node(e.getValue());
                });
                out.append('0');
            }
            case ARRAY -> {
                out.append('[');
                int32(n.size());
                n.forEach(this::node);
            }
            case STRING -> string(n.textValue());
            case BOOLEAN -> out.append(n.booleanValue() ? 'T' : 'F');
            case NUMBER -> number(n);
            default -> out.append('N');
        }
    }

    private void number(JsonNode n) {
        if (!n.isIntegralNumber()) {
            real(n.doubleValue());
        } else if (n.canConvertToLong()) {
            integer(n.longValue());
        } else {
            bigInteger(n.bigIntegerValue());
        }
    }

    /**
     * A string is written once and then referenced by index ('r'): 200 records of sixteen fields
     * carry sixteen key strings and a handful of repeated values (a status, a date, a user), and
     * reading a reference costs Python a fraction of decoding the string again. Strings are
     * immutable, so sharing one object between dicts changes nothing a trigger can see.
     * Long strings are rarely repeated and are not worth the lookup.
     */
    private void string(String s) {
        boolean shared = s.length() <= MAX_SHARED;
        if (shared) {
            Integer ref = refs.get(s);
            if (ref != null) {
                out.append('r');
                int32(ref);
                return;
            }
            refs.put(s, refs.size());
        }
        char flag = shared ? FLAG_REF : 0;
        if (isAscii(s)) {
            if (s.length() < 256) {
                out.append((char) ('z' | flag)).append((char) s.length());
            } else {
                out.append((char) ('a' | flag));
                int32(s.length());
            }
            out.append(s);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.append((char) ('u' | flag));
        int32(utf8.length);
        for (byte b : utf8) {
            out.append((char) (b & 0xff));
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void integer(long v) {
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            out.append('i');
            int32((int) v);
        } else {
            bigInteger(BigInteger.valueOf(v));
        }
    }

    /** marshal's long: a signed count of base-2^15 digits, least significant first. */
    private void bigInteger(BigInteger v) {
        BigInteger magnitude = v.abs();
        int digits = (magnitude.bitLength() + 14) / 15;
        out.append('l');
        int32(v.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            int digit = magnitude.shiftRight(15 * i).intValue() & 0x7fff;
            out.append((char) (digit & 0xff)).append((char) (digit >>> 8));
        }
    }

    private void real(double d) {
        out.append('g');
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            out.append((char) ((bits >>> (8 * i)) & 0xff));
        }
    }

    private void int32(int v) {
        out.append((char) (v & 0xff)).append((char) ((v >>> 8) & 0xff))
                .append((char) ((v >>> 16) & 0xff)).append((char) ((v >>> 24) & 0xff));
    }
}
