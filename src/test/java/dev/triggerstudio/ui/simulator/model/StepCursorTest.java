package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepCursorTest {

    private static TraceNode step(int seq, String name, List<TraceNode> children) {
        TraceNode node = new TraceNode(seq, StepName.of(name).orElseThrow(), null, 0);
        node.children().addAll(children);
        return node;
    }

    private static OperationTrace op(int index, List<TraceNode> steps) {
        OperationTrace op = new OperationTrace(index, "create", "invoice", null);
        op.status("committed");
        op.steps().addAll(steps);
        return op;
    }

    @Test
    void walksStepsDepthFirstThenTheAsyncJobsOfAnOperationBeforeTheNext() {
        TraceNode trigger = step(3, "trigger", List.of());
        OperationTrace first = op(0, List.of(step(1, "initialize", List.of()), step(2, "before_triggers", List.of(trigger))));
        OperationTrace second = op(1, List.of(step(10, "initialize", List.of())));
        OperationTrace job = new OperationTrace(0, "async", "invoice", "trigger:later");
        job.steps().add(step(5, "async", List.of()));

        StepCursor c = new StepCursor(new BatchTrace(List.of(first, second), List.of(job)));

        assertThat(c.positions()).extracting(p -> p.step().seq()).containsExactly(1, 2, 3, 5, 10);
        assertThat(c.positions().get(2).ancestors()).extracting(TraceNode::step).containsExactly("before_triggers");
        assertThat(c.positions().get(2).path()).isEqualTo("#0 create invoice › before_triggers › trigger");
    }

    @Test
    void startsBeforeTheFirstStepAndStopsAtBothEnds() {
        StepCursor c = new StepCursor(new BatchTrace(List.of(op(0, List.of(step(1, "initialize", List.of()), step(2, "hydrate", List.of())))), List.of()));

        assertThat(c.current()).isEmpty();
        assertThat(c.forward().orElseThrow().step().step()).isEqualTo("initialize");
        assertThat(c.back().orElseThrow().step().step()).isEqualTo("initialize");
        c.forward();
        assertThat(c.forward().orElseThrow().step().step()).isEqualTo("hydrate");
        assertThat(c.canForward()).isFalse();
        assertThat(c.back().orElseThrow().step().step()).isEqualTo("initialize");
    }

    @Test
    void movesToAStepChosenInTheTree() {
        TraceNode hydrate = step(2, "hydrate", List.of());
        StepCursor c = new StepCursor(new BatchTrace(List.of(op(0, List.of(step(1, "initialize", List.of()), hydrate))), List.of()));

        assertThat(c.moveTo(hydrate)).isTrue();
        assertThat(c.index()).isEqualTo(1);
        assertThat(c.moveTo(step(2, "hydrate", List.of()))).as("an equal but different step is not in this trace").isFalse();
    }

    @Test
    void coversEveryStepOfARealRunInSeqOrder() {
        BatchTrace t = Runs.trace(SampleCopy.of("ledger"), "lifecycle");

        StepCursor c = new StepCursor(t);

        assertThat(c.size()).isEqualTo(t.stepCount());
        assertThat(c.positions()).extracting(p -> p.step().seq()).isSorted();
    }
}
