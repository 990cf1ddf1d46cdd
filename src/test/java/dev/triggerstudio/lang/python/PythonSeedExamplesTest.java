package dev.triggerstudio.lang.python;

import static dev.triggerstudio.lang.python.Py.lead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Python examples of valstorm-record-triggers.txt, exactly as documented. */
class PythonSeedExamplesTest {

    @Test
    void skeletonImportsRecordTriggerContextAndDoesNothing() {
        FakeHost host = new FakeHost();
        RecordPair pair = lead("l1", "first", "Ada");

        Py.runOnce(Py.resource("seed_skeleton.py"), Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).containsExactly(Map.entry("id", "l1"), Map.entry("first", "Ada"));
    }

    @Test
    void fullNameExampleFillsFullNameInBeforeTriggers() {
        RecordPair ada = lead("l1", "first", "Ada", "last", "Lovelace");
        RecordPair alan = lead("l2", "first", "Alan", "last", "Turing", "full_name", "Dr. Turing");

        Py.runOnce(Py.resource("seed_full_name.py"), Timing.BEFORE, Event.CREATE, new FakeHost(), ada, alan);

        assertThat(ada.record()).containsEntry("full_name", "Ada Lovelace");
        assertThat(alan.record()).containsEntry("full_name", "Dr. Turing");
    }

    @Test
    void fullNameExampleLeavesRecordsAloneInAfterTriggers() {
        RecordPair ada = lead("l1", "first", "Ada", "last", "Lovelace");

        Py.runOnce(Py.resource("seed_full_name.py"), Timing.AFTER, Event.CREATE, new FakeHost(), ada);

        assertThat(ada.record()).doesNotContainKey("full_name");
    }

    @Test
    void leadAutomationExampleReadsItsConfigAndStopsWhenInactive() {
        FakeHost host = new FakeHost();
        host.configs.put("Lead Automation", Map.of("active", false));

        Py.runOnce(Py.resource("seed_lead_automation.py"), Timing.AFTER, Event.CREATE, host, lead("l1"));

        assertThat(host.argsOf("config")).isEqualTo("Lead Automation");
        assertThat(host.calls).hasSize(1);
    }

    @Test
    void leadAutomationExampleRunsWhenTheConfigIsAbsentOrActive() {
        FakeHost absent = new FakeHost();
        FakeHost active = new FakeHost();
        active.configs.put("Lead Automation", Map.of("active", true, "mapping", Map.of("first", "name")));

        Py.runOnce(Py.resource("seed_lead_automation.py"), Timing.AFTER, Event.CREATE, absent, lead("l1"));
        Py.runOnce(Py.resource("seed_lead_automation.py"), Timing.AFTER, Event.CREATE, active, lead("l1"));

        assertThat(absent.calls).extracting(FakeHost.Call::what).isEqualTo(List.of("config"));
        assertThat(active.calls).extracting(FakeHost.Call::what).isEqualTo(List.of("config"));
    }
}
