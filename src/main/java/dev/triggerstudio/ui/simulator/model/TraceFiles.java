package dev.triggerstudio.ui.simulator.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Saved traces: written by the engine's own {@link TraceJsonWriter} (so a saved trace is exactly
 * what {@code ./studio simulate --trace} writes) and read back into the view model.
 */
public final class TraceFiles {
    // Unknown fields are tolerated so that traces written by a newer engine still open.
    private static final ObjectReader READER = Json.MAPPER.readerFor(Trace.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TraceFiles() {
    }

    public static Trace read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static Trace read(InputStream in) throws IOException {
        return READER.readValue(in);
    }

    /**
     * Writes a run's operations and jobs as the {@code --trace --lines} JSON: the IDE always records
     * lines (for its debugger), so a trigger that ran none says so with {@code "lines": []} too.
     */
    public static void write(OutputStream out, List<OperationTrace> operations, List<OperationTrace> async) {
        try (TraceJsonWriter writer = new TraceJsonWriter(out, true, true)) {
            operations.forEach(writer::operationFinished);
            async.forEach(writer::operationFinished);
        }
    }

    public static void write(Path file, List<OperationTrace> operations, List<OperationTrace> async) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(out, operations, async);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
