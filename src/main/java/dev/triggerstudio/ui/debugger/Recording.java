package dev.triggerstudio.ui.debugger;

import java.util.List;
import java.util.Map;

/**
 * What the debugger reads: a batch's trigger runs, each a list of line events. It is read, never
 * written; a run's events are fetched a page at a time, so a recording far larger than memory can
 * be stepped through.
 */
public interface Recording {

    /** The top-level trigger runs (those no other trigger started), in the order they ran. */
    List<Run> runs();

    /** One trigger node of the trace: a trigger's run over one chunk (Python) or its records (Lua, Stanza). */
    interface Run {
        /** The trigger's id. */
        String trigger();

        /** The script, relative to the project, e.g. {@code triggers/invoice_totals.py}. */
        String script();

        /** Where it ran, e.g. {@code #2 update invoice › before_triggers}. */
        String where();

        /** 0 for a trigger of the batch's operation, one more per nested operation. */
        int depth();

        /** The number of line events. */
        int size();

        /** The 1-based script line of an event: cheap, so that searches need not read locals. */
        int lineAt(int event);

        /** Events {@code from} to {@code from + count} (fewer at the end), with their locals. */
        List<LineEvent> page(int from, int count);

        /** Trigger runs of the operations this run started, each after one of its events. */
        List<Nested> nested();

        /** The records this run changed, with the line that wrote each field. */
        List<RecordEffect> records();

        /** What the script logged. */
        List<String> logs();

        /** Hits, time and limits spent per line. */
        Map<Integer, LineCost> costs();
    }

    /** The script's variables just before {@code line} ran. */
    record LineEvent(int line, Map<String, Object> locals) {
    }

    /** A run started by a nested operation while event {@code afterEvent} of its parent ran. */
    record Nested(int afterEvent, Run run) {
    }

    /** A record as the run received it and left it; {@code writes} maps each field it changed to the line. */
    record RecordEffect(String id, Map<String, Object> before, Map<String, Object> after, Map<String, Integer> writes) {
    }

    /** What one line cost over a run: times it ran, microseconds, and any limits (queries, dml_rows, fuel). */
    record LineCost(long hits, long micros, Map<String, Long> limits) {
    }
}
