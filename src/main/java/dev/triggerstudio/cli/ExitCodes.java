package dev.triggerstudio.cli;

/** Exit codes of docs/architecture.md#contracts. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Check errors, a rejected or failed operation, a failed test, a bad bundle. */
    public static final int PROBLEM = 1;
    /** Malformed input: bad JSON, unknown object, field, user or $ref. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
