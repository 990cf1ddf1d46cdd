package dev.triggerstudio.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads one JSON file of a project; every problem becomes a diagnostic, never an exception. */
final class JsonFiles {
    /** What the top of a file must be, and how to say so. */
    record Shape(boolean array, String what) {
        static Shape object(String what) {
            return new Shape(false, what);
        }

        static Shape array(String what) {
            return new Shape(true, what);
        }
    }

    private JsonFiles() {
    }

    /** The parsed file, or null after adding why it cannot be used to {@code out}. */
    static LocatedJson parse(Path root, String relative, Shape shape, List<Diagnostic> out) {
        String text = readText(root, relative, out);
        if (text == null) {
            return null;
        }
        try {
            LocatedJson json = LocatedJson.parse(relative, text);
            Diagnostic wrongShape = shapeProblem(json, shape);
            if (wrongShape != null) {
                out.add(wrongShape);
                return null;
            }
            return json;
        } catch (ProjectException e) {
            out.addAll(e.diagnostics());
            return null;
        }
    }

    static Diagnostic shapeProblem(LocatedJson json, Shape shape) {
        JsonNode root = json.root();
        if (shape.array() ? root.isArray() : root.isObject()) {
            return null;
        }
        String holds = root.isNull() ? "null" : root.isArray() ? "a list" : root.isObject() ? "an object"
                : root.isTextual() ? "a string" : root.isNumber() ? "a number" : root.isBoolean() ? "true or false" : "a value";
        return json.error("", "the file holds " + holds + ", but " + shape.what());
    }

    /** The file's text as UTF-8 (a leading byte-order mark dropped), or null after adding why not. */
    static String readText(Path root, String relative, List<Diagnostic> out) {
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(relative));
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.file.InvalidPathException e) {
            out.add(Diagnostic.error(relative.replace('\0', '?'), 1, 1, "not a usable file name; use letters, digits and _"));
        } catch (NoSuchFileException e) {
            out.add(Diagnostic.error(relative, 1, 1, "file is missing; create it"));
        } catch (CharacterCodingException e) {
            out.add(Diagnostic.error(relative, 1, 1, "not UTF-8 text; save the file as UTF-8"));
        } catch (OutOfMemoryError e) {
            out.add(Diagnostic.error(relative, 1, 1, "too large to read in this much memory; give Studio more with"
                    + " STUDIO_JAVA_OPTS=-Xmx2g, or split the file"));
        } catch (IOException e) {
            out.add(Diagnostic.error(relative, 1, 1, "cannot read: " + IoMessages.reason(e)));
        }
        return null;
    }
}
