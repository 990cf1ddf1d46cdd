package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.debugger.Recording.Run;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The debugger over a recorded run: where we are (a {@link Frame}), how to move (each
 * {@link StepKind} both ways), breakpoints, watches and the log of logpoints. Every move is
 * computed by the {@link TaskExecutor} off the FX thread, one after the other in the order asked,
 * and only its result is applied here.
 */
public final class DebuggerViewModel {
    private final TaskExecutor executor;
    private final Function<String, String> scripts;
    private final Breakpoints breakpoints;
    private final ObjectProperty<Frame> frame = new SimpleObjectProperty<>();
    private final ObservableList<String> watchExpressions = FXCollections.observableArrayList();
    private final ObservableList<Watch> watches = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Deque<Function<Moment, Move>> pending = new ArrayDeque<>();
    private final Map<Run, Set<Integer>> executed = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private volatile Recording recording;
    private volatile Timeline timeline;
    private volatile LocalsCache locals;

    /** Where a move ends (empty: nowhere to go), what logpoints wrote on the way, and what to say. */
    record Move(Optional<Moment> to, List<String> logged, String message, boolean opened) {
        Move(Optional<Moment> to, List<String> logged, String message) {
            this(to, logged, message, false);
        }

        static Move to(Optional<Moment> m, String otherwise) {
            return new Move(m, List.of(), m.isPresent() ? null : otherwise);
        }
    }

    /**
     * @param scripts reads a script by its path relative to the project (null when it is gone)
     */
    public DebuggerViewModel(TaskExecutor executor, Function<String, String> scripts, Breakpoints breakpoints) {
        this.executor = executor;
        this.scripts = scripts;
        this.breakpoints = breakpoints;
        watchExpressions.addListener((javafx.collections.ListChangeListener<String>) c -> refreshWatches());
    }

    public ObjectProperty<Frame> frameProperty() {
        return frame;
    }

    public Frame frame() {
        return frame.get();
    }

    public ObservableList<String> watchExpressions() {
        return watchExpressions;
    }

    public ObservableList<Watch> watches() {
        return watches;
    }

    public ObservableList<String> log() {
        return log;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Breakpoints breakpoints() {
        return breakpoints;
    }

    /** Opens a recording at the first line of {@code run} (or of the recording when run is null). */
    public void open(Recording recording, Run run) {
        open(() -> recording, r -> run);
    }

    /**
     * Opens a recording made (or read) off the FX thread by {@code source}, at the first line of the
     * run {@code start} picks in it (null: the first line of all).
     */
    public <R extends Recording> void open(java.util.function.Supplier<R> source, Function<R, Run> start) {
        executed.clear();
        texts.clear();
        pending.clear();
        frame.set(null);
        enqueue(ignored -> {
            R recording = source.get();
            this.recording = recording;
            timeline = new Timeline(recording);
            locals = new LocalsCache();
            if (timeline.isEmpty()) {
                return new Move(Optional.empty(), List.of(), "No lines were recorded in this run", true);
            }
            Run run = start.apply(recording);
            Optional<Moment> first = run == null ? Optional.empty() : timeline.start(run);
            String note = run != null && first.isEmpty() ? run.trigger() + " recorded no lines here; showing the first recorded line" : null;
            return new Move(first.or(() -> Optional.of(timeline.at(0))), List.of(), note, true);
        });
    }

    /** As {@link #jumpTo(Run, int, String)}, for a run picked from the open recording once it is read. */
    public void jumpTo(Function<Recording, Run> pick, int line, String recordId) {
        enqueue(now -> {
            Run run = recording == null ? null : pick.apply(recording);
            return run == null ? new Move(Optional.empty(), List.of(), "That trigger run is not in this recording") : jump(run, line, recordId);
        });
    }

    /** Moves to the moment where {@code run} executed {@code line} last for record {@code recordId} ("Written by"). */
    public void jumpTo(Run run, int line, String recordId) {
        enqueue(now -> jump(run, line, recordId));
    }

    private Move jump(Run run, int line, String recordId) {
        int last = -1;
        for (int i = run.size() - 1; i >= 0; i--) {
            if (run.lineAt(i) != line) {
                continue;
            }
            last = last < 0 ? i : last;
            Optional<Moment> m = timeline.of(run, i);
            if (recordId == null || m.isPresent() && recordId.equals(recordIdAt(m.get()))) {
                return Move.to(m, null);
            }
        }
        // a Python chunk has no single current record: the line's last run is the moment that wrote
        return Move.to(last < 0 ? Optional.empty() : timeline.of(run, last),
                "Line " + line + " of " + run.trigger() + " did not run in this recording");
    }

    private String recordIdAt(Moment m) {
        return locals.at(m).get("record") instanceof Map<?, ?> rec && rec.get("id") != null ? String.valueOf(rec.get("id")) : null;
    }

    /** One step of the given kind; for {@link StepKind#CURSOR} use {@link #runToLine}. */
    public void step(StepKind kind, boolean forward) {
        if (frame.get() == null && !busy.get()) {
            return; // nothing open
        }
        switch (kind) {
            case OVER -> enqueue(m -> Move.to(timeline.over(m, forward), edge(forward)));
            case INTO -> enqueue(m -> Move.to(timeline.into(m, forward), edge(forward)));
            case OUT -> enqueue(m -> Move.to(timeline.out(m, forward), edge(forward)));
            case CONTINUE -> enqueue(m -> search(m, forward, null));
            case CURSOR -> runToLine(frame.get() == null ? 1 : frame.get().line(), forward);
        }
    }

    /** Runs to the next (or previous) time the current script executes {@code line}, stopping at breakpoints on the way. */
    public void runToLine(int line, boolean forward) {
        if (frame.get() == null && !busy.get()) {
            return;
        }
        enqueue(m -> {
            String script = m.run().script();
            return search(m, forward, c -> c.line() == line && c.run().script().equals(script));
        });
    }

    private Move search(Moment from, boolean forward, Predicate<Moment> target) {
        List<Breakpoint> all = breakpoints == null ? List.of() : breakpoints.all();
        BreakpointSearch.Result r = new BreakpointSearch(timeline, locals, all).run(from, forward, target);
        if (r.stop().isPresent()) {
            return new Move(r.stop(), r.logged(), r.problem());
        }
        // no hit left: end where the recording does, as a debugger runs to the end of the program
        Moment last = timeline.at(forward ? timeline.size() - 1 : 0);
        String why = (target == null ? "No breakpoint hit " : "The line does not run again ")
                + (forward ? "after this point; at the end of the recording" : "before this point; at the start of the recording");
        return new Move(last.index() == from.index() ? Optional.empty() : Optional.of(last), r.logged(), why);
    }

    private static String edge(boolean forward) {
        return forward ? "At the end of the recording" : "At the start of the recording";
    }

    private void enqueue(Function<Moment, Move> move) {
        pending.add(move);
        if (!busy.get()) {
            next();
        }
    }

    /**
     * Starts every move asked for so far as one background task: they run one after the other
     * from where the last ended, and only the last position is shown. Holding F8 thus moves as
     * fast as the recording reads, and the FX thread lays out one frame per task, not one per key.
     */
    private void next() {
        if (pending.isEmpty()) {
            busy.set(false);
            return;
        }
        busy.set(true);
        List<Function<Moment, Move>> moves = List.copyOf(pending);
        pending.clear();
        Frame from = frame.get();
        List<String> exprs = List.copyOf(watchExpressions);
        executor.submit(() -> compute(moves, from, exprs), this::apply);
    }

    private record Outcome(Frame frame, Move move) {
    }

    private Outcome compute(List<Function<Moment, Move>> moves, Frame from, List<String> exprs) {
        try {
            Frame shown = from;
            Moment at = from == null ? null : from.moment();
            boolean moved = false;
            List<String> logged = new java.util.ArrayList<>();
            String message = null;
            for (Function<Moment, Move> move : moves) {
                Move m = move.apply(at);
                if (m.opened()) {
                    shown = null; // another recording: nothing to compare the first frame with
                    at = null;
                    moved = false;
                }
                logged.addAll(m.logged());
                message = m.message();
                if (m.to().isPresent()) {
                    at = m.to().get();
                    moved = true;
                }
            }
            Frame f = moved ? frameAt(at, shown, exprs) : null;
            return new Outcome(f, new Move(Optional.ofNullable(at), logged, message));
        } catch (RuntimeException e) {
            return new Outcome(null, new Move(Optional.empty(), List.of(), "Could not read the recording: " + e.getMessage()));
        }
    }

    private void apply(Outcome o) {
        log.addAll(o.move().logged());
        if (o.frame() != null) {
            frame.set(o.frame());
            watches.setAll(o.frame().watches());
        }
        status.set(o.move().message() != null ? o.move().message() : describe(frame.get()));
        next();
    }

    private static String describe(Frame f) {
        return f == null ? "" : f.trigger() + " line " + f.line() + " · " + f.where() + " · " + f.position();
    }

    private Frame frameAt(Moment m, Frame from, List<String> exprs) {
        Run run = m.run();
        Map<String, Object> now = locals.at(m);
        Map<String, Object> before = from == null ? null : locals.at(from.moment());
        List<Watch> ws = exprs.stream().map(e -> Watch.of(e, now, before)).toList();
        String text = texts.computeIfAbsent(run.script(), s -> {
            String t = scripts.apply(s);
            return t == null ? "" : t;
        });
        return new Frame(m, run.script(), text, executed.computeIfAbsent(run, DebuggerViewModel::linesOf), run.costs(),
                Variable.roots(now, before), ws, run.records(), run.logs(),
                "line event " + (m.event() + 1) + " of " + run.size() + " in this run, " + (m.index() + 1) + " of " + timeline.size());
    }

    private static Set<Integer> linesOf(Run run) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < run.size(); i++) {
            lines.add(run.lineAt(i));
        }
        return Set.copyOf(lines);
    }

    /** Re-evaluates the watches at the current moment (after one is added or removed). */
    private void refreshWatches() {
        Frame f = frame.get();
        if (f == null || locals == null) {
            watches.setAll(List.of());
            return;
        }
        List<String> exprs = List.copyOf(watchExpressions);
        executor.submit(() -> exprs.stream().map(e -> Watch.of(e, locals.at(f.moment()), null)).toList(), ws -> {
            if (frame.get() == f) {
                watches.setAll(ws);
            }
        });
    }
}
