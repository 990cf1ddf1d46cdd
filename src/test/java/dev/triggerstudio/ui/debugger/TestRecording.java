package dev.triggerstudio.ui.debugger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recording written out by hand for the view model's tests: runs of line events with locals. */
final class TestRecording implements Recording {
    private final List<Run> runs = new ArrayList<>();

    @Override
    public List<Run> runs() {
        return runs;
    }

    TestRun run(String trigger, String script, int depth) {
        TestRun r = new TestRun(trigger, script, depth);
        if (depth == 0) {
            runs.add(r);
        }
        return r;
    }

    static Map<String, Object> locals(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static final class TestRun implements Run {
        final String trigger;
        final String script;
        final int depth;
        final List<LineEvent> events = new ArrayList<>();
        final List<Nested> nested = new ArrayList<>();
        final List<RecordEffect> records = new ArrayList<>();
        int pagesRead;
        /** Line events handed out with their locals: what a page size or a search really read. */
        int eventsRead;

        TestRun(String trigger, String script, int depth) {
            this.trigger = trigger;
            this.script = script;
            this.depth = depth;
        }

        TestRun line(int line, Map<String, Object> locals) {
            events.add(new LineEvent(line, locals));
            return this;
        }

        TestRun lines(int... lines) {
            for (int l : lines) {
                line(l, Map.of());
            }
            return this;
        }

        /** A nested run started by the last event added so far. */
        TestRun calls(TestRun child) {
            nested.add(new Nested(events.size() - 1, child));
            return this;
        }

        @Override
        public String trigger() {
            return trigger;
        }

        @Override
        public String script() {
            return script;
        }

        @Override
        public String where() {
            return "#0 create invoice › before_triggers";
        }

        @Override
        public int depth() {
            return depth;
        }

        @Override
        public int size() {
            return events.size();
        }

        @Override
        public int lineAt(int event) {
            return events.get(event).line();
        }

        @Override
        public List<LineEvent> page(int from, int count) {
            pagesRead++;
            List<LineEvent> page = events.subList(Math.min(from, events.size()), Math.min(events.size(), from + count));
            eventsRead += page.size();
            return page;
        }

        @Override
        public List<Nested> nested() {
            return nested;
        }

        @Override
        public List<RecordEffect> records() {
            return records;
        }

        @Override
        public List<String> logs() {
            return List.of();
        }

        @Override
        public Map<Integer, LineCost> costs() {
            return Map.of();
        }
    }
}
