package dev.triggerstudio.engine;

import static dev.triggerstudio.engine.Fixture.create;
import static dev.triggerstudio.engine.Fixture.rec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Timing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A create of a batch's records works on the batch's own maps where nothing of the lifecycle would
 * change them (no copy per record: issue 20's memory), so a run must never write to them: the IDE
 * runs the same batch again, and shows it while it runs.
 */
class BatchRecordsUntouchedTest {
    private final Fixture fx = new Fixture();

    @Test
    void aRunLeavesTheBatchsRecordsAsTheyWereWhileTriggersEditTheirOwn() {
        fx.trigger("fill", Timing.BEFORE, (inv, host) -> inv.records().forEach(p -> {
            p.record().put("total", 42.0);
            p.record().put("status", "Sent");
        }), Event.CREATE);
        Operation op = create("invoice", rec("number", "A", "email", "A@Example.com"), rec("number", "B", "ref", "b"),
                rec("number", "C", "lines", 3, "total", 5));
        List<Map<String, Object>> before = new ArrayList<>();
        op.records().forEach(r -> before.add(new LinkedHashMap<>(r)));

        var run = fx.run(op, op);

        assertThat(op.records()).isEqualTo(before);
        assertThat(run.status(0)).as(String.valueOf(run.message(0))).isEqualTo("committed");
        assertThat(run.status(1)).isEqualTo("rejected"); // the numbers are unique: the first run stored them
        List<Map<String, Object>> saved = run.result().operations().getFirst().records();
        assertThat(saved).allSatisfy(r -> assertThat(r).containsEntry("total", 42.0).containsEntry("status", "Sent"));
        assertThat(saved.get(0)).containsEntry("email", "a@example.com");
        assertThat(saved.get(2).get("lines")).isEqualTo(3L);
        assertThat(saved.get(1)).doesNotContainKey("ref");
    }
}
