package dev.triggerstudio.cli;

import dev.triggerstudio.engine.BatchResult;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.engine.scale.BatchScaler;
import dev.triggerstudio.engine.scale.LimitsMeter;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.ProjectException;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.TraceJsonWriter;
import dev.triggerstudio.trace.TraceListener;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", description = "Replay a batch through the whole lifecycle.")
public final class SimulateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT")
    Path projectRoot;

    @Parameters(index = "1", paramLabel = "BATCH", description = "a batch file, or a name in batches/")
    String batchName;

    @Option(names = "--db", paramLabel = "FILE", description = "replay on this store file (seeded if new)")
    Path db;

    @Option(names = "--reset", description = "re-seed the --db store from data/ first")
    boolean reset;

    @Option(names = "--trace", paramLabel = "FILE", description = "write the full trace as JSON")
    Path traceFile;

    @Option(names = "--lines", description = "with --trace: record every line each trigger runs, with its locals,"
            + " the line that wrote each field and each line's cost (see docs/debugging.md)")
    boolean lines;

    @Option(names = "--json", description = "print a JSON summary")
    boolean json;

    @Option(names = "--user", paramLabel = "ID", description = "run as this user instead of the batch's")
    String user;

    @Option(names = "--scale", paramLabel = "N", description = "bulk what-if: multiply each operation's records N times"
            + " (generated variations, see docs/beyond.md) and report the first limit broken")
    Integer scale;

    @Option(names = "--keep-numbers", description = "with --scale: copy number fields as they are instead of varying them")
    boolean keepNumbers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Project project = ProjectInput.project(projectRoot);
        Batch batch = ProjectInput.batch(project, projectRoot, batchName);
        ProjectInput.warmUpPythonFor(project, batch);
        if (user != null && project.user(user).isEmpty()) {
            throw new ProjectException(Diagnostic.error("--user", 1, 1, "unknown user \"" + user + "\"; add it to users.json"));
        }
        if (lines && traceFile == null) {
            throw new ProjectException(Diagnostic.error("--lines", 1, 1, "--lines records into the trace; add --trace FILE"));
        }
        if (scale != null) {
            batch = BatchScaler.scale(project, batch, scale, !keepNumbers);
        }
        BatchResult result;
        // the trace file is opened before the store, so an unwritable --trace changes nothing
        try (OutputFile trace = traceFile == null ? null : OutputFile.open("--trace", traceFile);
             Store store = Simulator.openStore(project, db, reset);
             Simulator sim = new Simulator(project, store, ScriptRuntimes.standard())) {
            result = runWithOutputs(sim, batch, trace);
        }
        if (!json) {
            printSummary(spec.commandLine().getOut(), result);
        }
        if (scale != null) {
            // with --json, stdout stays pure JSON and the what-if report goes to stderr
            ScaleReport.print(json ? spec.commandLine().getErr() : spec.commandLine().getOut(),
                    LimitsMeter.read(project, scale, batch, result));
        }
        return result.allCommitted() ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private BatchResult runWithOutputs(Simulator sim, Batch batch, OutputFile trace) throws IOException {
        OutputStream traceOut = trace == null ? null : new BufferedOutputStream(Files.newOutputStream(trace.temp()));
        BatchResult result;
        Progress progress = Progress.ofOperations(spec.commandLine().getErr(), batch.operations().size());
        try {
            TraceListener listener = progress;
            if (traceOut != null) {
                listener = TraceListener.both(listener, new TraceJsonWriter(traceOut, true, lines));
            }
            if (json) {
                listener = TraceListener.both(listener, new TraceJsonWriter(new NonClosing(System.out), false));
            }
            result = sim.run(batch, user, listener);
        } finally {
            progress.finish();
            if (traceOut != null) {
                traceOut.close();
            }
            System.out.flush();
        }
        if (trace != null) {
            trace.commit();
        }
        return result;
    }

    private static void printSummary(PrintWriter out, BatchResult r) {
        for (OperationTrace op : r.operations()) {
            out.println("#" + op.index() + " " + op.op() + " " + op.object() + ": " + op.status()
                    + (op.error() == null ? " (" + op.records().size() + " record" + (op.records().size() == 1 ? "" : "s") + ")"
                    : " at " + op.error().step() + (op.error().source() == null ? "" : " by " + op.error().source())
                    + ": " + op.error().message()));
        }
        for (OperationTrace job : r.asyncJobs()) {
            out.println("async " + job.source() + " (from #" + job.index() + "): " + job.status()
                    + (job.error() == null ? "" : ": " + job.error().message()));
        }
    }

    /** System.out must stay open after the JSON writer is done with it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
