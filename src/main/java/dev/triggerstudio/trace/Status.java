package dev.triggerstudio.trace;

/** Status names of the trace JSON. */
public final class Status {
    public static final String OK = "ok";
    public static final String SKIPPED = "skipped";
    public static final String REJECTED = "rejected";
    public static final String FAILED = "failed";
    public static final String COMMITTED = "committed";

    private Status() {
    }
}
