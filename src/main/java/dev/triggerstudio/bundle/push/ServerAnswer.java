package dev.triggerstudio.bundle.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Reads what a server said, bounded in size and reduced to one printable line. */
final class ServerAnswer {
    private static final int MAX_CHARS = 300;

    private ServerAnswer() {
    }

    /** The {@code error}, {@code message} or {@code detail} of a JSON answer, else the text itself. */
    static String text(HttpResponse<InputStream> response, int maxBytes) {
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
        return oneLine(fromJson(body).orElse(body));
    }

    static Optional<String> fromJson(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            for (String field : new String[] {"error", "message", "detail"}) {
                JsonNode v = node.get(field);
                if (v != null && !v.isNull()) {
                    return Optional.of(v.isTextual() ? v.asText() : v.toString());
                }
            }
            return Optional.of(node.toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String oneLine(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) + "…" : line;
    }

    /** Retry-After in seconds (the HTTP-date form is rare for uploads and is ignored). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
