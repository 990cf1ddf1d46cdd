package dev.triggerstudio.ui.debugger;

/** A point of the recording: one line event of one run, and its place in the whole batch. */
public record Moment(long index, Recording.Run run, int event) {

    public int line() {
        return run.lineAt(event);
    }
}
