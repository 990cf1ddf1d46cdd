package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The script a new trigger starts from: {@code resources/ui/templates/<language>-<timing>.<ext>}. */
public final class TriggerTemplates {
    private TriggerTemplates() {
    }

    public static String text(Language language, Timing timing, String object, List<Event> events) {
        String t = timing == Timing.AFTER || timing == Timing.ASYNC ? timing.jsonName() : "before";
        String resource = "/ui/templates/" + language.jsonName() + "-" + t + "." + language.extension();
        try (InputStream in = TriggerTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource + "; the build lost resources/");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String eventWords = events.isEmpty() ? "events" : String.join("/",
                    events.stream().map(Event::jsonName).toList());
            return text.replace("${object}", object).replace("${events}", eventWords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
