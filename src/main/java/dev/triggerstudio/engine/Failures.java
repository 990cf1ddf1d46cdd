package dev.triggerstudio.engine;

import dev.triggerstudio.store.StoreException;
import java.util.regex.Pattern;

/**
 * The words for an error no step expected. A store problem already says what to do; anything else
 * is our bug, and Java's own text ({@code java.lang.ClassCastException ... loader 'bootstrap'})
 * tells a trigger's author nothing, so a message naming Java classes is not repeated.
 */
final class Failures {
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z][\\w$]*|\\bloader '");

    private Failures() {
    }

    static String unexpected(String step, RuntimeException e) {
        if (e instanceof StoreException) {
            return e.getMessage();
        }
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        String words = e instanceof ClassCastException ? "a value of the wrong type"
                : JAVA_NAME.matcher(first).find() ? "" : first;
        return "internal error in " + step + (words.isEmpty() ? "" : " (" + words + ")")
                + "; the run stopped here. Please report it with the batch that caused it";
    }
}
