package dev.triggerstudio.ui.common;

/**
 * Numbers typed by the user, as Jackson would read them back from the file (Integer when it
 * fits, else Long; Double with a fraction), so that a saved value loads back equal.
 */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    public static Number parseWhole(String s) {
        long v = Long.parseLong(s.strip());
        return v == (int) v ? (Number) (int) v : (Number) v;
    }

    public static Number parse(String s) {
        String t = s.strip();
        return t.matches("-?\\d+") ? parseWhole(t) : (Number) Double.parseDouble(t);
    }
}
