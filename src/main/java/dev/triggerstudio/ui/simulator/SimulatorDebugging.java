package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.FxTaskExecutor;
import dev.triggerstudio.ui.debugger.Breakpoints;
import dev.triggerstudio.ui.debugger.DebuggerView;
import dev.triggerstudio.ui.debugger.DebuggerViewModel;
import dev.triggerstudio.ui.debugger.TraceRecording;
import dev.triggerstudio.ui.debugger.WrittenBy;
import dev.triggerstudio.ui.simulator.model.RunOutcome;
import dev.triggerstudio.ui.simulator.model.SimulatorSession;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;

/** Opens the Simulator's trigger nodes in the debugger, over the recording of the last run. */
final class SimulatorDebugging {
    private final SimulatorSession session;
    private final Consumer<String> status;
    private final FxTaskExecutor executor = new FxTaskExecutor(e -> { });
    private final DebuggerView view;
    private RunOutcome recorded;
    private TraceRecording recording;

    SimulatorDebugging(SimulatorSession session, Consumer<String> status) {
        this.session = session;
        this.status = status;
        view = new DebuggerView(new DebuggerViewModel(executor, this::script, Breakpoints.of(session.root())));
    }

    DebuggerView view() {
        return view;
    }

    void dispose() {
        executor.shutdown();
    }

    /** Opens a trigger node at its first recorded line; false (and says why) for any other node. */
    boolean open(TraceNode step) {
        if (!StepName.TRIGGER.is(step.step())) {
            return false;
        }
        RunOutcome run = session.lastRun();
        if (run == null) {
            status.accept("Run the batch here (F5) to debug its triggers: a trace opened from a file has no recording to step through");
            return false;
        }
        Project project = session.project();
        RunOutcome target = run;
        view.viewModel().open(() -> recordingOf(target, project), r -> r.runOf(step.seq()).orElse(null));
        return true;
    }

    /** Which trigger line wrote each field of a record in a step's diff (empty without a recording). */
    java.util.Map<String, WrittenBy.Writer> writtenBy(TraceNode step, String recordId) {
        RunOutcome run = session.lastRun();
        if (run == null) {
            return java.util.Map.of();
        }
        TraceNode node = find(run, step.seq());
        return node == null ? java.util.Map.of() : WrittenBy.of(node, recordId);
    }

    private static TraceNode find(RunOutcome run, int seq) {
        for (var op : run.operations()) {
            TraceNode n = WrittenBy.find(op.steps(), seq);
            if (n != null) {
                return n;
            }
        }
        for (var job : run.async()) {
            TraceNode n = WrittenBy.find(job.steps(), seq);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** Opens the debugger at the moment a trigger line wrote a field of this record. */
    void open(WrittenBy.Writer writer, String recordId) {
        RunOutcome run = session.lastRun();
        if (run == null) {
            return;
        }
        Project project = session.project();
        view.viewModel().open(() -> recordingOf(run, project), r -> r.runOf(writer.seq()).orElse(null));
        view.viewModel().jumpTo(r -> ((TraceRecording) r).runOf(writer.seq()).orElse(null), writer.line(), recordId);
    }

    /** The recording of a run, made once per run (off the FX thread: a trace may have many nodes). */
    private synchronized TraceRecording recordingOf(RunOutcome run, Project project) {
        if (run != recorded) {
            recording = new TraceRecording(run.operations(), run.async(), id -> {
                TriggerDef t = project == null ? null : project.triggers().get(id);
                return t == null || t.language() == null ? null : t.scriptPath();
            });
            recorded = run;
        }
        return recording;
    }

    private String script(String relative) {
        try {
            return Files.readString(session.root().resolve(relative));
        } catch (IOException e) {
            return null;
        }
    }
}
