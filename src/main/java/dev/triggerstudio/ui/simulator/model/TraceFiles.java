package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.trace.BatchTrace;
import dev.triggerstudio.trace.TraceJsonReader;
import dev.triggerstudio.trace.TraceJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saved traces: written by the engine's own {@link TraceJsonWriter} (so a saved trace is exactly
 * what {@code ./studio simulate --trace} writes) and read back with {@link TraceJsonReader} into
 * the same trace nodes a live run gives.
 */
public final class TraceFiles {
    private TraceFiles() {
    }

    public static BatchTrace read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static BatchTrace read(InputStream in) throws IOException {
        return TraceJsonReader.read(in);
    }

    /**
     * Writes a run's operations and jobs as the {@code --trace --lines} JSON: the IDE always records
     * lines (for its debugger), so a trigger that ran none says so with {@code "lines": []} too.
     */
    public static void write(OutputStream out, BatchTrace trace) {
        try (TraceJsonWriter writer = new TraceJsonWriter(out, true, true)) {
            trace.operations().forEach(writer::operationFinished);
            trace.async().forEach(writer::operationFinished);
        }
    }

    public static void write(Path file, BatchTrace trace) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(out, trace);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
