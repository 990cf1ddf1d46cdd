package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.debugger.Recording.Nested;
import dev.triggerstudio.ui.debugger.Recording.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every line event of a recording in the order it ran, as one sequence: a nested operation's
 * triggers sit between the events of the line that started them. The sequence is kept as segments
 * (a stretch of one run's events at one depth), so it costs memory per run, not per event, and a
 * step searches segments rather than events.
 */
public final class Timeline {
    /** Events {@code from} (inclusive) to {@code to} (exclusive) of {@code run}, starting at {@code start} of the whole. */
    record Segment(Run run, int from, int to, long start) {
        long end() {
            return start + (to - from);
        }

        int depth() {
            return run.depth();
        }
    }

    private final List<Segment> segments = new ArrayList<>();
    private final long size;

    public Timeline(Recording recording) {
        long at = 0;
        for (Run r : recording.runs()) {
            at = add(r, at);
        }
        size = at;
    }

    private long add(Run run, long at) {
        int from = 0;
        List<Nested> nested = new ArrayList<>(run.nested());
        nested.sort(Comparator.comparingInt(Nested::afterEvent));
        for (Nested n : nested) {
            int cut = Math.clamp(n.afterEvent() + 1, from, run.size());
            at = segment(run, from, cut, at);
            from = cut;
            at = add(n.run(), at);
        }
        return segment(run, from, run.size(), at);
    }

    private long segment(Run run, int from, int to, long at) {
        if (to > from) {
            segments.add(new Segment(run, from, to, at));
        }
        return at + Math.max(0, to - from);
    }

    /** How many line events the whole recording has. */
    public long size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The moment at a place of the whole sequence. */
    public Moment at(long index) {
        Segment s = segments.get(segmentOf(index));
        return new Moment(index, s.run(), s.from() + (int) (index - s.start()));
    }

    /** The first event of a run (or of the first segment of it). */
    public Optional<Moment> start(Run run) {
        return segments.stream().filter(s -> s.run() == run).findFirst().map(s -> at(s.start()));
    }

    /** Where an event of a run sits in the whole sequence. */
    public Optional<Moment> of(Run run, int event) {
        return segments.stream().filter(s -> s.run() == run && event >= s.from() && event < s.to()).findFirst()
                .map(s -> at(s.start() + event - s.from()));
    }

    private int segmentOf(long index) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).start() <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The next (or previous) event at the current depth or shallower: steps over nested operations. */
    public Optional<Moment> over(Moment m, boolean forward) {
        int depth = m.run().depth();
        return nearest(m, forward, s -> s.depth() <= depth, true);
    }

    /** The very next (or previous) event, into a nested operation's triggers when one starts. */
    public Optional<Moment> into(Moment m, boolean forward) {
        long next = m.index() + (forward ? 1 : -1);
        return next >= 0 && next < size ? Optional.of(at(next)) : Optional.empty();
    }

    /** The first event outside the current run, at its depth or shallower (its caller, or the next trigger). */
    public Optional<Moment> out(Moment m, boolean forward) {
        int depth = m.run().depth();
        Run run = m.run();
        return nearest(m, forward, s -> s.depth() < depth || s.depth() == depth && s.run() != run, false);
    }

    /**
     * The closest event past {@code m} in a segment the test accepts. Within m's own segment the
     * neighbour counts only when {@code ownSegment} (stepping over, not out).
     */
    private Optional<Moment> nearest(Moment m, boolean forward, Predicate<Segment> accept, boolean ownSegment) {
        int i = segmentOf(m.index());
        Segment own = segments.get(i);
        long next = m.index() + (forward ? 1 : -1);
        if (ownSegment && next >= own.start() && next < own.end()) {
            return Optional.of(at(next));
        }
        for (int j = i + (forward ? 1 : -1); j >= 0 && j < segments.size(); j += forward ? 1 : -1) {
            Segment s = segments.get(j);
            if (accept.test(s)) {
                return Optional.of(at(forward ? s.start() : s.end() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The closest event past {@code m} for which {@code hit} holds; {@code runs} narrows which
     * runs are read at all (a breakpoint's script), so a search reads only their line numbers.
     */
    public Optional<Moment> find(Moment m, boolean forward, Predicate<Run> runs, Predicate<Moment> hit) {
        int i = m == null ? (forward ? 0 : segments.size() - 1) : segmentOf(m.index());
        for (int j = i; j >= 0 && j < segments.size(); j += forward ? 1 : -1) {
            Segment s = segments.get(j);
            if (!runs.test(s.run())) {
                continue;
            }
            Optional<Moment> found = scan(s, m, forward, hit);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Moment> scan(Segment s, Moment m, boolean forward, Predicate<Moment> hit) {
        long first = forward ? s.start() : s.end() - 1;
        if (m != null && forward) {
            first = Math.max(first, m.index() + 1);
        } else if (m != null) {
            first = Math.min(first, m.index() - 1);
        }
        for (long g = first; g >= s.start() && g < s.end(); g += forward ? 1 : -1) {
            Moment candidate = new Moment(g, s.run(), s.from() + (int) (g - s.start()));
            if (hit.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
