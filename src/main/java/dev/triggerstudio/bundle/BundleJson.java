package dev.triggerstudio.bundle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.RunWhen;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The project's JSON configuration ({@link Json}) for bundle entries, with one guard: derived getters
 * of model records (RunWhen's {@code isEmpty}) are not part of the manifest format, so they are
 * neither written nor expected.
 */
final class BundleJson {
    @JsonIgnoreProperties({"empty"})
    private abstract static class RunWhenMixin {
    }

    static final ObjectMapper MAPPER = Json.MAPPER.copy().addMixIn(RunWhen.class, RunWhenMixin.class);

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
