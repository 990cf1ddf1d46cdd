package dev.triggerstudio.trace;

/** Sends every event to two listeners. */
final class TeeListener implements TraceListener {
    private final TraceListener a;
    private final TraceListener b;

    TeeListener(TraceListener a, TraceListener b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public boolean wantsRecords() {
        return a.wantsRecords() || b.wantsRecords();
    }

    @Override
    public boolean wantsLines() {
        return a.wantsLines() || b.wantsLines();
    }

    @Override
    public void operationStarted(OperationTrace operation) {
        a.operationStarted(operation);
        b.operationStarted(operation);
    }

    @Override
    public void stepStarted(OperationTrace operation, TraceNode parent, TraceNode node) {
        a.stepStarted(operation, parent, node);
        b.stepStarted(operation, parent, node);
    }

    @Override
    public void stepFinished(OperationTrace operation, TraceNode node) {
        a.stepFinished(operation, node);
        b.stepFinished(operation, node);
    }

    @Override
    public void operationFinished(OperationTrace operation) {
        a.operationFinished(operation);
        b.operationFinished(operation);
    }

    @Override
    public void batchFinished() {
        a.batchFinished();
        b.batchFinished();
    }
}
