package dev.triggerstudio.cli;

import dev.triggerstudio.model.ProjectException;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;

/** Runs a headless command; bad input becomes one line on stderr and exit 2, never a stack trace. */
public final class Cli {
    private Cli() {
    }

    public static boolean isCommand(String word) {
        return new CommandLine(new StudioCommand()).getSubcommands().containsKey(word)
                || Set.of("help", "--help", "-h", "--version", "-V").contains(word);
    }

    public static int run(String... args) {
        OutOfMemory.handleInEveryThread(System.err, args.length > 0 && isCommand(args[0]) ? args[0] : "");
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new StudioCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("studio: " + (OutOfMemory.causedBy(ex) ? OutOfMemory.advice(commandLine.getCommandName()) : oneLine(ex)));
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("studio: " + ex.getMessage() + " (see ./studio " + commandName(ex.getCommandLine()) + " --help)");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler above; an Error would otherwise end with its stack
            err.println("studio: " + OutOfMemory.advice(args.length > 0 && isCommand(args[0]) ? args[0] : ""));
            code = ExitCodes.BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String commandName(CommandLine cl) {
        return cl.getCommandName().equals("studio") ? "" : cl.getCommandName();
    }

    /** The one line a user sees for an unexpected problem. */
    static String oneLine(Throwable ex) {
        if (ex instanceof ProjectException pe) {
            int more = pe.diagnostics().size() - 1;
            return pe.getMessage() + (more > 0 ? " (and " + more + " more; run ./studio check)" : "");
        }
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName();
        }
        return msg.lines().findFirst().orElse(msg);
    }
}
