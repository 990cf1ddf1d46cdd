package dev.triggerstudio.trace;

/**
 * Receives the engine's events as a batch runs. The stream of events is the trace: the JSON
 * writer and the IDE's trace view are two listeners. Nodes are filled in place; a listener must
 * copy what it wants to keep past {@link #operationFinished}.
 */
public interface TraceListener {

    /** Whether steps should carry record snapshots (costly on large batches). */
    default boolean wantsRecords() {
        return false;
    }

    /** Whether trigger nodes should record the lines they run ({@code --lines}; costly). */
    default boolean wantsLines() {
        return false;
    }

    default void operationStarted(OperationTrace operation) {
    }

    /** A step, trigger, automation or nested operation started under parent (null at the top). */
    default void stepStarted(OperationTrace operation, TraceNode parent, TraceNode node) {
    }

    /** Finished, with its status: ok, skipped (detail says why), rejected or failed. */
    default void stepFinished(OperationTrace operation, TraceNode node) {
    }

    default void operationFinished(OperationTrace operation) {
    }

    default void batchFinished() {
    }

    TraceListener NONE = new TraceListener() {
    };

    static TraceListener both(TraceListener a, TraceListener b) {
        return new TeeListener(a, b);
    }
}
