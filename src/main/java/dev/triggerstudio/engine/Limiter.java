package dev.triggerstudio.engine;

import dev.triggerstudio.model.Limits;

/** Counts queries and DML over a whole top-level operation, nested ones included. */
final class Limiter {
    /**
     * Log text one top-level operation may keep in its trace. Traces are held in memory by the
     * IDE, so a trigger logging in a loop could otherwise fill the heap within its time limit.
     */
    static final long MAX_LOG_CHARS = 4L * 1024 * 1024;

    private final Limits limits;
    private long logChars;
    private int queries;
    private int dml;
    private long dmlRows;

    Limiter(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    void query() {
        if (++queries > limits.maxQueries()) {
            throw Refusal.failed("too many queries: " + queries + " (max_queries is " + limits.maxQueries()
                    + "); query once before the loop instead of once per record");
        }
    }

    void dml(int rows) {
        if (++dml > limits.maxDml()) {
            throw Refusal.failed("too many DML statements: " + dml + " (max_dml is " + limits.maxDml()
                    + "); collect records and write them in one call");
        }
        dmlRows += rows;
        if (dmlRows > limits.maxDmlRows()) {
            throw Refusal.failed("too many DML rows: " + dmlRows + " (max_dml_rows is " + limits.maxDmlRows() + ")");
        }
    }

    void log(int chars) {
        logChars += chars;
        if (logChars > MAX_LOG_CHARS) {
            throw Refusal.failed("too much log output: over " + MAX_LOG_CHARS / (1024 * 1024)
                    + " MB of log text in one operation; log a summary instead of every value");
        }
    }

    int queries() {
        return queries;
    }

    int dmlStatements() {
        return dml;
    }

    long dmlRows() {
        return dmlRows;
    }
}
