package dev.triggerstudio.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Values that a field could only hold by changing them: numbers beyond the field's range, NaN,
 * lone UTF-16 surrogates and text past the limit. SQLite would store {@code Inf}, a rounded
 * integer or {@code ?} without a word, so validate_system (and the database step, for what
 * triggers wrote) refuses them and says what to write instead.
 */
public final class ValueLimits {
    /** Longest text any field holds; the Lua and Stanza sandboxes put the same limit on text they build. */
    public static final int MAX_TEXT = 8 * 1024 * 1024;

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ValueLimits() {
    }

    /** Why the value cannot be kept as it is, or null when it can. */
    public static String problem(FieldDef f, Object v) {
        if (v instanceof Number n) {
            return f.type() == FieldType.INTEGER ? integerProblem(n) : numberProblem(n);
        }
        return nestedProblem(v, 0);
    }

    private static String numberProblem(Number n) {
        if (isNaN(n)) {
            return "NaN (not a number) cannot be stored; write a number, or null for no value";
        }
        if (Double.isInfinite(n.doubleValue())) {
            return "the number" + describe(n) + " is beyond what a number field holds (about ±1.8e308);"
                    + " write a smaller number, or use a text field to keep every digit";
        }
        return null;
    }

    private static String integerProblem(Number n) {
        if (isNaN(n)) {
            return "NaN (not a number) cannot be stored; write a whole number, or null for no value";
        }
        BigDecimal exact = exact(n);
        if (exact != null && (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0)) {
            return "the number" + describe(n) + " is beyond what an integer field holds (" + Long.MIN_VALUE + " to "
                    + Long.MAX_VALUE + "); write a smaller number, or use a number or text field";
        }
        return null;
    }

    private static boolean isNaN(Number n) {
        return (n instanceof Double d && d.isNaN()) || (n instanceof Float x && x.isNaN());
    }

    /** The number's exact value, or null for an infinity (whose range check is the same: out). */
    private static BigDecimal exact(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d when d.isInfinite() -> d > 0 ? LONG_MAX.add(BigDecimal.ONE) : LONG_MIN.subtract(BigDecimal.ONE);
            case Double d -> new BigDecimal(d);
            case Float x when x.isInfinite() -> x > 0 ? LONG_MAX.add(BigDecimal.ONE) : LONG_MIN.subtract(BigDecimal.ONE);
            case Float x -> new BigDecimal(x);
            default -> BigDecimal.valueOf(n.longValue());
        };
    }

    /** After "the number": a huge one by its size (its 400 digits help no one), an infinity by nothing ("Infinity" is not what the user wrote). */
    private static String describe(Number n) {
        String digits = switch (n) {
            case BigInteger i -> i.abs().toString();
            case BigDecimal d -> d.abs().toBigInteger().toString();
            default -> null;
        };
        if (digits != null && digits.length() > 20) {
            return (n.toString().startsWith("-") ? " (negative)" : "") + " of " + digits.length() + " digits";
        }
        if (n instanceof Double d && d.isInfinite() || n instanceof Float x && x.isInfinite()) {
            return n.doubleValue() < 0 ? " (negative)" : "";
        }
        return " " + n;
    }

    /** Text, or text inside an address or JSON value: lone surrogates, length, and numbers JSON cannot write. */
    private static String nestedProblem(Object v, int depth) {
        switch (v) {
            case String s -> {
                return textProblem(s);
            }
            case Map<?, ?> m -> {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String p = e.getKey() instanceof String k ? textProblem(k) : null;
                    p = p != null ? p : nestedProblem(e.getValue(), depth + 1);
                    if (p != null) {
                        return p;
                    }
                }
                return null;
            }
            case Collection<?> c -> {
                for (Object x : c) {
                    String p = nestedProblem(x, depth + 1);
                    if (p != null) {
                        return p;
                    }
                }
                return null;
            }
            case Number n when depth > 0 -> {
                return numberProblem(n);
            }
            case null, default -> {
                return null;
            }
        }
    }

    static String textProblem(String s) {
        if (s.length() > MAX_TEXT) {
            return "text of " + s.length() + " characters is over the limit of " + MAX_TEXT
                    + " characters a field holds; store a shorter text (or a link to the content)";
        }
        int lone = loneSurrogate(s);
        if (lone >= 0) {
            return String.format("a lone UTF-16 surrogate \\u%04x at character %d, which is half a character and cannot be"
                    + " stored; remove it or write the whole character (a pair such as \\ud83d\\ude00)", (int) s.charAt(lone), lone + 1);
        }
        return null;
    }

    /** The index of the first surrogate without its partner, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
