package dev.triggerstudio.engine.coverage;

import java.util.Collections;
import java.util.SortedMap;

/**
 * One trigger script's line coverage: each executable line with its hits over the runs counted
 * (0 for a line no run reached), as an LCOV record says it. The text is the script as it ran, so
 * an editor can tell whether the lines still mean the same code.
 *
 * @param path  the script relative to the project, e.g. {@code triggers/invoice_totals.lua}
 * @param hits  executable line (1-based) to the times it ran, ascending
 */
public record ScriptCoverage(String triggerId, String path, String text, SortedMap<Integer, Long> hits) {

    public ScriptCoverage {
        hits = Collections.unmodifiableSortedMap(hits);
    }

    /** LCOV's LF: the executable lines. */
    public int executable() {
        return hits.size();
    }

    /** LCOV's LH: the executable lines that ran at least once. */
    public int covered() {
        return (int) hits.values().stream().filter(n -> n > 0).count();
    }

    /** Covered lines as a share of executable ones, 0–100; a script with no executable line counts as fully covered. */
    public double percent() {
        return executable() == 0 ? 100.0 : 100.0 * covered() / executable();
    }

    /** Whether the line is executable and ran (false for lines coverage does not count). */
    public boolean isCovered(int line) {
        return hits.getOrDefault(line, 0L) > 0;
    }

    /** Whether the line is executable and never ran. */
    public boolean isUncovered(int line) {
        return hits.containsKey(line) && hits.get(line) == 0;
    }
}
