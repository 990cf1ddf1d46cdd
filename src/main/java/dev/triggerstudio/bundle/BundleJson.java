package dev.triggerstudio.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Bundle entries use the project format's JSON rules ({@link Json}): strict reading, stable writing. */
final class BundleJson {
    static final ObjectMapper MAPPER = Json.MAPPER;

    private BundleJson() {
    }

    /** Pretty UTF-8 bytes in the same stable layout as project files, with a final newline. */
    static byte[] pretty(Object value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Json.prettyGenerator(MAPPER.createGenerator(w))) {
            MAPPER.writeValue(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (w + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
