package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.ScriptHost;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code print()} and {@code sys.stderr} of a trigger, one trace log line per printed line. A
 * trigger that prints in a loop would flood the trace and the heap, so each run keeps at most
 * {@link #MAX_LINES} lines and says that the rest was dropped.
 */
final class LogStream extends OutputStream {
    static final int MAX_LINES = 1000;
    private static final int MAX_LINE_BYTES = 8192;
    private final HostBridge bridge;
    private final String level;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lines;

    LogStream(HostBridge bridge, String level) {
        this.bridge = bridge;
        this.level = level;
    }

    /** Starts a new run's line budget. */
    void reset() {
        lines = 0;
        line.reset();
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (line.size() < MAX_LINE_BYTES) {
            line.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        ScriptHost host = bridge.current();
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (host == null) {
            return;
        }
        lines++;
        if (lines <= MAX_LINES) {
            host.log(level, text);
        } else if (lines == MAX_LINES + 1) {
            host.log("warning", "more than " + MAX_LINES + " printed lines; the rest of this run's output is dropped");
        }
    }
}
