package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.simulator.SampleCopy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepCursorTest {

    private static Step step(int seq, String name, List<Step> children) {
        return new Step(seq, name, "ok", null, 0, null, 0, List.of(), List.of(), Map.of(), null, children);
    }

    private static Op op(int index, List<Step> steps) {
        return new Op(index, null, "create", "invoice", null, "committed", null, List.of(), steps);
    }

    @Test
    void walksStepsDepthFirstThenTheAsyncJobsOfAnOperationBeforeTheNext() {
        Step trigger = step(3, "trigger", List.of());
        Op first = op(0, List.of(step(1, "initialize", List.of()), step(2, "before_triggers", List.of(trigger))));
        Op second = op(1, List.of(step(10, "initialize", List.of())));
        Op job = new Op(null, 0, null, "invoice", "trigger:later", "ok", null, List.of(), List.of(step(5, "async", List.of())));

        StepCursor c = new StepCursor(new Trace(List.of(first, second), List.of(job)));

        assertThat(c.positions()).extracting(p -> p.step().seq()).containsExactly(1, 2, 3, 5, 10);
        assertThat(c.positions().get(2).ancestors()).extracting(Step::step).containsExactly("before_triggers");
        assertThat(c.positions().get(2).path()).isEqualTo("#0 create invoice › before_triggers › trigger");
    }

    @Test
    void startsBeforeTheFirstStepAndStopsAtBothEnds() {
        StepCursor c = new StepCursor(new Trace(List.of(op(0, List.of(step(1, "a", List.of()), step(2, "b", List.of())))), List.of()));

        assertThat(c.current()).isEmpty();
        assertThat(c.forward().orElseThrow().step().step()).isEqualTo("a");
        assertThat(c.back().orElseThrow().step().step()).isEqualTo("a");
        c.forward();
        assertThat(c.forward().orElseThrow().step().step()).isEqualTo("b");
        assertThat(c.canForward()).isFalse();
        assertThat(c.back().orElseThrow().step().step()).isEqualTo("a");
    }

    @Test
    void movesToAStepChosenInTheTree() {
        Step b = step(2, "b", List.of());
        StepCursor c = new StepCursor(new Trace(List.of(op(0, List.of(step(1, "a", List.of()), b))), List.of()));

        assertThat(c.moveTo(b)).isTrue();
        assertThat(c.index()).isEqualTo(1);
        assertThat(c.moveTo(step(2, "b", List.of()))).as("an equal but different step is not in this trace").isFalse();
    }

    @Test
    void coversEveryStepOfARealRunInSeqOrder() {
        Trace t = Runs.trace(SampleCopy.of("ledger"), "lifecycle");

        StepCursor c = new StepCursor(t);

        assertThat(c.size()).isEqualTo(t.stepCount());
        assertThat(c.positions()).extracting(p -> p.step().seq()).isSorted();
    }
}
