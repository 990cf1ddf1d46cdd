package dev.triggerstudio.ui.common;

/** Counts in words: "1 entry", "2 entries", "0 records" — never "1 entries" or "record(s)". */
public final class Plural {
    private Plural() {
    }

    /** For words that take an s: "1 value", "3 values". */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
