package dev.triggerstudio.ui.debugger;

import static dev.triggerstudio.ui.debugger.TestRecording.locals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.debugger.TestRecording.TestRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two chunks of a Python trigger, the first of which starts a nested operation whose Lua trigger
 * runs two lines: A1 A2 A3 [N1 N2] A4, then B1 B2 B3 B4.
 */
class DebuggerViewModelTest {
    @TempDir
    Path project;
    private final TestRecording recording = new TestRecording();
    private TestRun a;
    private TestRun b;
    private DebuggerViewModel vm;

    @BeforeEach
    void setUp() {
        TestRun nested = recording.run("child", "triggers/child.lua", 1).lines(1, 2);
        a = recording.run("totals", "triggers/totals.py", 0)
                .line(1, locals("x", 1L, "record", locals("priority", 1L)))
                .line(2, locals("x", 1L, "record", locals("priority", 1L)))
                .line(3, locals("x", 2L, "record", locals("priority", 1L))).calls(nested)
                .line(4, locals("x", 3L, "record", locals("priority", 2L)));
        b = recording.run("totals", "triggers/totals.py", 0)
                .line(1, locals("x", 1L, "record", locals("priority", 5L)))
                .line(2, locals("x", 1L, "record", locals("priority", 5L)))
                .line(3, locals("x", 2L, "record", locals("priority", 5L)))
                .line(4, locals("x", 3L, "record", locals("priority", 5L)));
        vm = new DebuggerViewModel(TaskExecutor.sameThread(), s -> "line 1\nline 2\nline 3\nline 4\n", Breakpoints.of(project));
        vm.open(recording, a);
    }

    private String at() {
        Frame f = vm.frame();
        return (f.moment().run() == a ? "A" : f.moment().run() == b ? "B" : "N") + f.line();
    }

    @Test
    void stepsOverANestedOperationAndIntoIt() {
        assertThat(at()).isEqualTo("A1");
        vm.step(StepKind.OVER, true);
        vm.step(StepKind.OVER, true);
        assertThat(at()).isEqualTo("A3");
        vm.step(StepKind.OVER, true);
        assertThat(at()).isEqualTo("A4");
        vm.step(StepKind.OVER, false);
        vm.step(StepKind.INTO, true);
        assertThat(at()).isEqualTo("N1");
        vm.step(StepKind.OUT, true);
        assertThat(at()).isEqualTo("A4");
    }

    @Test
    void stepsBackwardsTheSameThreeWays() {
        vm.runToLine(4, true);
        assertThat(at()).isEqualTo("A4");
        vm.step(StepKind.INTO, false);
        assertThat(at()).isEqualTo("N2");
        vm.step(StepKind.OUT, false);
        assertThat(at()).isEqualTo("A3");
        vm.step(StepKind.OVER, false);
        assertThat(at()).isEqualTo("A2");
    }

    @Test
    void stepsAcrossChunksAndStopsAtTheEnds() {
        vm.runToLine(4, true);
        vm.step(StepKind.OVER, true);
        assertThat(at()).isEqualTo("B1");
        vm.step(StepKind.OVER, false);
        assertThat(at()).isEqualTo("A4");
        vm.runToLine(4, true);
        assertThat(at()).isEqualTo("B4");
        vm.step(StepKind.OVER, true);
        assertThat(at()).isEqualTo("B4");
        assertThat(vm.statusProperty().get()).isEqualTo("At the end of the recording");
    }

    @Test
    void runsToTheCursorLineBackwards() {
        vm.runToLine(3, true);
        vm.runToLine(3, true);
        assertThat(at()).isEqualTo("B3");
        vm.runToLine(1, false);
        assertThat(at()).isEqualTo("B1");
        vm.runToLine(2, false);
        assertThat(at()).isEqualTo("A2");
    }

    @Test
    void aConditionalBreakpointStopsOnlyWhereItsConditionHolds() {
        vm.breakpoints().put(Breakpoint.at("triggers/totals.py", 2).withCondition("record.priority > 3"));
        vm.step(StepKind.CONTINUE, true);
        assertThat(at()).isEqualTo("B2");
        vm.step(StepKind.CONTINUE, false);
        assertThat(at()).isEqualTo("A1");
        assertThat(vm.statusProperty().get()).contains("No breakpoint hit before this point");
    }

    @Test
    void aHitCountStopsFromItsNthHit() {
        vm.breakpoints().put(Breakpoint.at("triggers/totals.py", 3).withHitCount(2));
        vm.step(StepKind.CONTINUE, true);
        assertThat(at()).isEqualTo("B3");
        vm.step(StepKind.OVER, true);
        vm.step(StepKind.CONTINUE, false);
        assertThat(at()).isEqualTo("B3");
        vm.step(StepKind.CONTINUE, false);
        assertThat(at()).isEqualTo("A1");
    }

    @Test
    void aLogpointWritesToTheLogWithoutStopping() {
        vm.breakpoints().put(Breakpoint.at("triggers/totals.py", 1).withLog("x is {x}, priority {record.priority}"));
        vm.breakpoints().put(Breakpoint.at("triggers/totals.py", 4).withCondition("record.priority == 5"));
        vm.step(StepKind.CONTINUE, true);
        assertThat(at()).isEqualTo("B4");
        assertThat(vm.log()).containsExactly("totals:1  x is 1, priority 5");
    }

    @Test
    void aBrokenConditionStopsAndSaysWhy() {
        vm.breakpoints().put(Breakpoint.at("triggers/totals.py", 2).withCondition("record.priority >"));
        vm.step(StepKind.CONTINUE, true);
        assertThat(at()).isEqualTo("A2");
        assertThat(vm.statusProperty().get()).contains("record.priority >").contains("ends too early");
    }

    @Test
    void variablesThatChangedSinceThePreviousStepAreMarked() {
        vm.runToLine(2, true);
        vm.step(StepKind.OVER, true);
        Map<String, Variable> vars = byName();
        assertThat(vars.get("x").changed()).isTrue();
        assertThat(vars.get("x").display()).isEqualTo("2");
        assertThat(vars.get("record").changed()).isFalse();
        vm.step(StepKind.OVER, true);
        Variable record = byName().get("record");
        assertThat(record.changed()).isTrue();
        assertThat(record.children()).filteredOn(Variable::changed).extracting(Variable::name).containsExactly("priority");
    }

    private Map<String, Variable> byName() {
        Map<String, Variable> m = new java.util.HashMap<>();
        vm.frame().variables().forEach(v -> m.put(v.name(), v));
        return m;
    }

    @Test
    void watchesAreEvaluatedAtEveryStep() {
        vm.watchExpressions().addAll("x * 10", "record.nope.deeper", "x >");
        assertThat(vm.watches()).extracting(Watch::value).containsExactly("10", "null", "col 4: the expression ends too early");
        vm.step(StepKind.OVER, true);
        vm.step(StepKind.OVER, true);
        assertThat(vm.watches().getFirst()).isEqualTo(new Watch("x * 10", "20", false, true));
    }

    @Test
    void theFrameShowsTheRunsExecutedLinesAndItsScript() {
        assertThat(vm.frame().executed()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(vm.frame().text()).startsWith("line 1");
    }

    @Test
    void breakpointsAreKeptUnderStudioAndReadBack() throws Exception {
        vm.breakpoints().put(Breakpoint.at("triggers/totals.py", 2).withCondition("x > 1").withHitCount(3));
        assertThat(Files.readString(project.resolve(".studio/breakpoints.json"))).contains("\"condition\" : \"x > 1\"");
        Breakpoints again = new Breakpoints(project.resolve(".studio/breakpoints.json"));
        assertThat(again.at("triggers/totals.py", 2)).contains(new Breakpoint("triggers/totals.py", 2, "x > 1", 3, null, true));
    }

    @Test
    void writtenByJumpsToTheLastTimeTheLineRanForThatRecord() {
        TestRun lua = recording.run("per_record", "triggers/per_record.lua", 0)
                .line(1, locals("record", locals("id", "r1")))
                .line(2, locals("record", locals("id", "r1")))
                .line(1, locals("record", locals("id", "r2")))
                .line(2, locals("record", locals("id", "r2")));
        vm.open(recording, a);
        vm.jumpTo(lua, 2, "r1");
        assertThat(vm.frame().moment().run()).isSameAs(lua);
        assertThat(vm.frame().moment().event()).isEqualTo(1);
        vm.jumpTo(lua, 2, "r2");
        assertThat(vm.frame().moment().event()).isEqualTo(3);
    }
}
