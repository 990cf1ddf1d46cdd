package dev.triggerstudio.cli;

import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceListener;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

/**
 * A long run's progress on stderr, one line rewritten in place: operations (for simulate) or tests
 * (for test) done of the total, records and records per second. Only on a terminal: a log file or
 * a pipe would fill with carriage returns, and stdout (the --json output) is never touched.
 */
final class Progress implements TraceListener {
    /** Whether stderr is a terminal; tests set it to see both sides of the decision. */
    static BooleanSupplier stderrIsTerminal = Terminal::stderrIsTerminal;

    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final boolean countsTests;
    private final int total;
    /** When the first operation started: the rate leaves out opening the store and starting the languages. */
    private long start;
    private long lastShown;
    private int operations;
    private int tests;
    private long records;
    private boolean shown;

    private Progress(PrintWriter err, String label, int total, boolean countsTests) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.countsTests = countsTests;
        this.enabled = total > 0 && stderrIsTerminal.getAsBoolean();
    }

    /** Progress of a simulate run of {@code total} operations. */
    static Progress ofOperations(PrintWriter err, int total) {
        return new Progress(err, "simulate", total, false);
    }

    /** Progress of a test run of {@code total} tests. */
    static Progress ofTests(PrintWriter err, int total) {
        return new Progress(err, "test", total, true);
    }

    @Override
    public void operationStarted(OperationTrace operation) {
        if (start == 0) {
            start = System.nanoTime();
        }
    }

    @Override
    public void operationFinished(OperationTrace operation) {
        if (!enabled || operation.isAsync()) {
            return;
        }
        operations++;
        records += operation.records().size();
        showEvery(!countsTests && operations == total);
    }

    @Override
    public void batchFinished() {
        if (enabled && countsTests) {
            tests++;
            showEvery(tests == total);
        }
    }

    /** Ends the line, so that what the command prints next starts on its own. */
    void finish() {
        if (shown) {
            err.println();
            err.flush();
        }
    }

    private void showEvery(boolean last) {
        long now = System.nanoTime();
        if (last || now - lastShown >= EVERY_NANOS) {
            lastShown = now;
            double seconds = Math.max(1e-3, (now - start) / 1e9);
            String done = countsTests ? tests + "/" + total + " tests, " + operations + " operations"
                    : operations + "/" + total + " operations";
            err.print("\r" + label + ": " + done + ", " + records + " record" + (records == 1 ? "" : "s") + ", "
                    + Math.round(records / seconds) + " records/s   ");
            err.flush();
            shown = true;
        }
    }
}
