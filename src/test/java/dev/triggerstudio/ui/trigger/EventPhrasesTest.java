package dev.triggerstudio.ui.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPhrasesTest {
    @Test
    void beforeReadAndWriteReadsAsGospelSaysIt() {
        assertThat(EventPhrases.summary(Timing.BEFORE, List.of(Event.READ, Event.WRITE)))
                .isEqualTo("Run before any read or write");
    }

    @Test
    void afterUpdateReadsAsGospelSaysIt() {
        assertThat(EventPhrases.phrase(Timing.AFTER, Event.UPDATE)).isEqualTo("Run after every record update");
    }

    @Test
    void readIsOfferedOnlyBefore() {
        assertThat(EventPhrases.allowed(Timing.AFTER)).doesNotContain(Event.READ);
        assertThat(EventPhrases.allowed(Timing.BEFORE)).contains(Event.READ);
    }
}
