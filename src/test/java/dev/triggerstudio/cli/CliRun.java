package dev.triggerstudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code ./studio} in-process, with what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * A run whose --json output is kept: simulate writes it to System.out itself (a stream, not the
     * command's writer), so System.out is taken for the run.
     */
    static synchronized CliRun capturingStdout(String... args) {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CliRun run = of(args);
            System.out.flush();
            return new CliRun(run.exit(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8) + run.out(), run.err());
        } finally {
            System.setOut(saved);
        }
    }

    String all() {
        return out + err;
    }
}
