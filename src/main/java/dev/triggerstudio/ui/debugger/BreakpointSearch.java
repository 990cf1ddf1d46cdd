package dev.triggerstudio.ui.debugger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Continue to the next (or previous) breakpoint hit: walks the timeline through the runs of the
 * scripts that have breakpoints, evaluates conditions over the locals, counts hits from the start
 * of the recording, and collects the logpoints passed on the way.
 */
final class BreakpointSearch {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private final Timeline timeline;
    private final LocalsCache locals;
    private final List<Breakpoint> breakpoints;
    private final Map<Breakpoint, Expression> conditions = new HashMap<>();
    private final List<String> logged = new ArrayList<>();
    private String problem;

    BreakpointSearch(Timeline timeline, LocalsCache locals, List<Breakpoint> breakpoints) {
        this.timeline = timeline;
        this.locals = locals;
        this.breakpoints = breakpoints.stream().filter(Breakpoint::enabled).toList();
    }

    /** What a search found: where it stopped (empty: ran to the end), the log lines, a condition's mistake. */
    record Result(Optional<Moment> stop, List<String> logged, String problem) {
    }

    /**
     * From {@code from} onwards (or backwards), to the first breakpoint hit or to {@code target}
     * when given (run to cursor), whichever comes first.
     */
    Result run(Moment from, boolean forward, Predicate<Moment> target) {
        Map<Breakpoint, Long> hits = new HashMap<>();
        breakpoints.stream().filter(b -> b.hitCount() > 1).forEach(b -> hits.put(b, hitsBefore(b, from, forward)));
        Optional<Moment> stop = timeline.find(from, forward, run -> true, m -> {
            if (target != null && target.test(m)) {
                return true;
            }
            boolean stops = false;
            for (Breakpoint b : breakpoints) {
                if (b.line() == m.line() && b.script().equals(m.run().script()) && holds(b, m)
                        && reached(b, ordinal(hits, b, forward)) && !log(b, m)) {
                    stops = true;
                }
            }
            return stops || problem != null;
        });
        return new Result(stop, List.copyOf(logged), problem);
    }

    /** Hits that come before the search's first event in its direction (forward), or up to and including it (backward). */
    private long hitsBefore(Breakpoint b, Moment from, boolean forward) {
        long[] n = {0};
        if (from == null) {
            return forward ? 0 : count(b);
        }
        timeline.find(null, true, run -> run.script().equals(b.script()), m -> {
            if (forward ? m.index() > from.index() : m.index() >= from.index()) {
                return true;
            }
            if (m.line() == b.line() && holds(b, m)) {
                n[0]++;
            }
            return false;
        });
        return n[0];
    }

    private long count(Breakpoint b) {
        long[] n = {0};
        timeline.find(null, true, run -> run.script().equals(b.script()), m -> {
            if (m.line() == b.line() && holds(b, m)) {
                n[0]++;
            }
            return false;
        });
        return n[0];
    }

    /** The hit's number counted from the start of the recording, keeping the tally for the next one. */
    private static long ordinal(Map<Breakpoint, Long> hits, Breakpoint b, boolean forward) {
        Long c = hits.get(b);
        if (c == null) {
            return 0;
        }
        hits.put(b, forward ? c + 1 : c - 1);
        return forward ? c + 1 : c;
    }

    private static boolean reached(Breakpoint b, long ordinal) {
        return b.hitCount() <= 1 || ordinal >= b.hitCount();
    }

    private boolean holds(Breakpoint b, Moment m) {
        if (b.condition() == null) {
            return true;
        }
        try {
            Expression e = conditions.computeIfAbsent(b, x -> Expression.parse(x.condition()));
            return Expression.truthy(e.evaluate(locals.at(m)));
        } catch (Expression.Problem p) {
            problem = "Condition of line " + b.line() + " (" + b.condition() + "): " + p.getMessage();
            return true;
        }
    }

    /** Writes a logpoint's message; true when it was one (and so does not stop). */
    private boolean log(Breakpoint b, Moment m) {
        if (!b.isLogpoint()) {
            return false;
        }
        logged.add(m.run().trigger() + ":" + m.line() + "  " + fill(b.log(), locals.at(m)));
        return true;
    }

    /** The template with each {expression} replaced by its value over the locals. */
    static String fill(String template, Map<String, Object> locals) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value;
            try {
                value = Values.text(Expression.parse(matcher.group(1)).evaluate(locals));
            } catch (Expression.Problem p) {
                value = "{" + matcher.group(1) + ": " + p.getMessage() + "}";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
