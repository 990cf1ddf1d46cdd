package dev.triggerstudio.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A nested operation's trigger records into the same spill file while its parent's line runs: the
 * parent's events must still read back as themselves, not with the nested events appended (which
 * made {@code --trace --lines} and {@code test --coverage} write invalid JSON for samples/ledger's
 * lua_opening_invoice).
 */
class LineRecordingSpillTest {

    @Test
    void eventsReadBackWholeWhenAnotherRecordingAppendedBetweenThem() {
        LineSpill spill = LineSpill.create();
        LineRecording parent = new LineRecording(spill);
        LineRecording nested = new LineRecording(spill);
        parent.add(1, Map.of("x", 1));
        nested.add(7, Map.of("y", "nested"));
        nested.add(8, Map.of("y", "nested again"));
        parent.add(2, Map.of("x", 2));

        assertThat(parent.raw(0)).isEqualTo("{\"line\":1,\"locals\":{\"x\":1}}");
        assertThat(parent.raw(1)).isEqualTo("{\"line\":2,\"locals\":{\"x\":2}}");
        assertThat(nested.raw(1)).isEqualTo("{\"line\":8,\"locals\":{\"y\":\"nested again\"}}");
        assertThat(parent.page(0, 2)).extracting(LineRecording.LineEvent::locals)
                .containsExactly(Map.of("x", 1), Map.of("x", 2));
    }
}
