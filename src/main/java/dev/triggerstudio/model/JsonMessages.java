package dev.triggerstudio.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in our words: what is wrong at this position and what to do. Jackson's
 * text names its own classes and switches ({@code StreamReadConstraints}, {@code JsonReadFeature},
 * {@code [Source: ...]}); none of it reaches a user.
 */
final class JsonMessages {
    /** The deepest nesting a project file may have (Jackson's default): deeper is almost surely a mistake. */
    static final int MAX_DEPTH = 1000;
    /** The most digits a number may have (Jackson's default); longer cannot be a value of any field. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private JsonMessages() {
    }

    /** The one-line diagnostic for a file that is not valid JSON, at the error's position. */
    static Diagnostic syntax(String path, JsonProcessingException e, JsonLocation fallback) {
        JsonLocation loc = usable(e.getLocation()) ? e.getLocation() : fallback;
        int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
        int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Non-standard token")) {
            col = Math.max(1, col - first(m).length()); // Jackson stands after the word; point at its start
        }
        return Diagnostic.error(path, line, col, explain(e));
    }

    private static boolean usable(JsonLocation loc) {
        // limits are raised without a location, or with the start of the file: neither is where it happened
        return loc != null && loc.getLineNr() > 0 && !(loc.getLineNr() == 1 && loc.getColumnNr() <= 1);
    }

    static String explain(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(m);
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the JSON ends here but is not complete (a half-written file?); close every open \", [ and {";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "'" + first(m) + "' does not match what is open here; expected " + expectedMarker(m);
        }
        if (m.contains("was expecting comma to separate Object entries")) {
            return "expected , or } after this value (a missing comma?)";
        }
        if (m.contains("was expecting comma to separate Array entries")) {
            return "expected , or ] after this item (a missing comma?)";
        }
        if (m.contains("was expecting double-quote to start field name")) {
            return "expected a property name in double quotes, or } to end the object (a comma too many?)";
        }
        if (m.contains("was expecting a colon to separate field name and value")) {
            return "expected : between the property name and its value";
        }
        if (m.startsWith("Non-standard token")) {
            return first(m) + " is not a JSON number; write a number or null";
        }
        if (m.startsWith("Duplicate field")) {
            return "property \"" + first(m) + "\" appears twice in this object; keep one";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return control(m);
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "unknown escape \\" + first(m) + " in a string; write \\\\ for a backslash";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number cannot start with 0 (write 7, not 007); put it in quotes if it is text";
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value")) {
            return "not a number JSON can hold; write digits with an optional - . and e, such as -12.5e3";
        }
        if (m.startsWith("Unrecognized token")) {
            return "unknown word '" + first(m) + "'; text needs double quotes, other values are numbers, true, false or null";
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON; remove them";
        }
        if (m.startsWith("Unexpected character")) {
            return "unexpected '" + first(m) + "'; expected a value: text in double quotes, a number, true, false, null, [ or {";
        }
        return "not valid JSON here; check the syntax at this position";
    }

    private static String limit(String m) {
        if (m.startsWith("Document nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep here; a project file never needs that many, so"
                    + " look for brackets that are opened and never closed";
        }
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return "a number of more than " + MAX_NUMBER_LENGTH + " digits; no field can hold it, so shorten it";
        }
        if (m.startsWith("Name length") || m.startsWith("Name value length")) {
            return "a property name too long to be a field name; shorten it";
        }
        return "this value is too large to read; shorten it or split the file";
    }

    private static String control(String m) {
        int code = m.contains("code 10") ? 10 : m.contains("code 13") ? 13 : m.contains("code 9") ? 9 : -1;
        return switch (code) {
            case 10, 13 -> "a line break inside text; write it as \\n, or close the text with \" first";
            case 9 -> "a tab inside text; write it as \\t";
            default -> "a control character inside text; write it as a \\u escape such as \\u0001";
        };
    }

    /** The first single-quoted part of Jackson's message: the character, token or name it is about. */
    private static String first(String m) {
        Matcher q = QUOTED.matcher(m);
        return q.find() ? q.group(1) : "?";
    }

    private static String expectedMarker(String m) {
        Matcher q = QUOTED.matcher(m);
        q.find();
        return q.find() ? "'" + q.group(1) + "'" : "a value";
    }
}
