package dev.triggerstudio.engine;

import static dev.triggerstudio.engine.Fixture.create;
import static dev.triggerstudio.engine.Fixture.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.trace.LogLine;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.TraceNode;
import org.junit.jupiter.api.Test;

/**
 * What listeners keep of a finished operation (the IDE's views among them) is read-only: the engine
 * froze it before saying it finished (docs/architecture.md#the-trace-and-its-listeners).
 */
class FinishedTraceIsReadOnlyTest {
    private final Fixture fx = new Fixture();

    private OperationTrace finishedOperation() {
        fx.trigger("touch", Timing.BEFORE, RunWhen.ALWAYS, 1,
                (inv, h) -> inv.records().getFirst().record().put("total", 1.0), Event.CREATE);
        return fx.run(create("invoice", rec("number", "F1", "total", 0))).trace().operations().getFirst();
    }

    @Test
    void aFinishedOperationRefusesANewStatusErrorRecordsOrStep() {
        OperationTrace op = finishedOperation();

        assertThat(op.status()).isEqualTo(Status.COMMITTED);
        assertThatThrownBy(() -> op.status(Status.FAILED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> op.error(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> op.records(java.util.List.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> op.steps().add(op.steps().getFirst())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> op.records().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(op.status()).isEqualTo(Status.COMMITTED);
    }

    @Test
    void aNodeOfAFinishedOperationRefusesChangesToItsFieldsAndLists() {
        OperationTrace op = finishedOperation();
        TraceNode step = op.steps().stream().filter(s -> s.step().equals("before_triggers")).findFirst().orElseThrow();
        TraceNode trigger = step.children().getFirst();

        assertThatThrownBy(() -> trigger.status(Status.FAILED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> trigger.detail("edited")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trigger.durationUs(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trigger.error(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trigger.parentEvent(3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trigger.log("info", "late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> trigger.logs().add(new LogLine("info", "late")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trigger.records().add(new RecordChange("x", null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trigger.metrics().put("queries", 99)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.children().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(trigger.status()).isEqualTo(Status.OK);
        assertThat(trigger.records()).hasSize(1);
        assertThat(step.children()).hasSize(1);
    }

    @Test
    void theRecordsOfAFinishedOperationAreReadOnlyToo() {
        OperationTrace op = finishedOperation();
        TraceNode trigger = op.steps().stream().filter(s -> s.step().equals("before_triggers")).findFirst()
                .orElseThrow().children().getFirst();
        RecordChange change = trigger.records().getFirst();

        assertThatThrownBy(() -> change.after().put("total", 2.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> change.before().remove("number")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> change.after().entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> op.records().getFirst().put("total", 2.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(trigger.records().getFirst().after()).containsEntry("total", 1.0);
        assertThat(op.records().getFirst()).containsEntry("total", 1.0);
    }
}
