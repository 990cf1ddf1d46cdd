package dev.triggerstudio.cli;

import dev.triggerstudio.lang.python.PythonRuntime;
import dev.triggerstudio.model.ProjectException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs a headless command; bad input becomes one line on stderr and exit 2, never a stack trace. */
public final class Cli {
    private Cli() {
    }

    /** Each subcommand's class by its name and aliases. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommandClasses();

    /**
     * The words picocli answers to, read from the annotations: a CommandLine built just to ask would
     * introspect every command's options, in picocli's old bytecode that no start-up cache can hold.
     */
    private static final Set<String> COMMANDS = commandWords();

    public static boolean isCommand(String word) {
        return COMMANDS.contains(word);
    }

    static Set<String> commandWords() {
        Set<String> words = new HashSet<>(Set.of("help", "--help", "-h", "--version", "-V"));
        words.addAll(SUBCOMMANDS.keySet());
        return Set.copyOf(words);
    }

    private static Map<String, Class<?>> subcommandClasses() {
        Map<String, Class<?>> classes = new HashMap<>();
        for (Class<?> sub : StudioCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            classes.put(command.name(), sub);
            List.of(command.aliases()).forEach(alias -> classes.put(alias, sub));
        }
        return Map.copyOf(classes);
    }

    public static int run(String... args) {
        OutOfMemory.handleInEveryThread(System.err, args.length > 0 && isCommand(args[0]) ? args[0] : "");
        warmUpPython(args);
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
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

    /**
     * The root with only the subcommand the arguments name (same names, options, help and
     * messages); the whole tree for anything else ({@code --help}, an unknown word).
     */
    static CommandLine commandLine(String... args) {
        Class<?> sub = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (sub == null) {
            return new CommandLine(new StudioCommand());
        }
        CommandLine root = new CommandLine(new StudioCommand.Root());
        root.addSubcommand(newInstance(sub));
        return root;
    }

    private static Object newInstance(Class<?> command) {
        try {
            var constructor = command.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the command " + command.getSimpleName(), e);
        }
    }

    /**
     * GraalPy takes seconds to start, so {@code check} and {@code test} of a project with Python
     * triggers start it before anything else (parsing the arguments, loading the project), on
     * background threads: {@code check} only needs the checker's context, {@code test} the run
     * context too. A look at the file names of {@code triggers/} is all it costs. {@code simulate}
     * decides once it has read its batch ({@link ProjectInput#warmUpPythonFor}).
     */
    static void warmUpPython(String... args) {
        if (args.length < 2 || !Set.of("check", "test").contains(args[0])) {
            return;
        }
        try (DirectoryStream<Path> py = Files.newDirectoryStream(Path.of(args[1]).resolve("triggers"), "*.py")) {
            if (py.iterator().hasNext()) {
                if (args[0].equals("check")) {
                    PythonRuntime.warmUpChecker();
                } else {
                    PythonRuntime.warmUp();
                }
            }
        } catch (IOException | RuntimeException e) {
            // no triggers folder, or not a folder at all: the command says what is wrong
        }
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
            // a bare NullPointerException's class name tells the user nothing
            msg = "an unexpected error stopped the command; please report it with the command line that caused it";
        }
        return msg.lines().findFirst().orElse(msg);
    }
}
