package dev.triggerstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code ./studio}: the headless commands. Each subcommand lives in its own class. */
// help and version are inherited so that `./studio bench --help` works like `./studio --help`
@Command(name = "studio", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = StudioCommand.VERSION,
        description = "Author record triggers offline and prove them before they reach a server.",
        subcommands = {
            CheckCommand.class, SimulateCommand.class, TestCommand.class, BenchCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            InspectCommand.class,
            PushCommand.class,
            KeygenCommand.class,
        })
public final class StudioCommand implements Runnable {
    static final String VERSION = "Trigger Studio 0.1.0";

    @Override
    public void run() {
        // `./studio` with no command opens the IDE; Main handles that before picocli sees it.
    }

    /**
     * The same root with no subcommands of its own: {@link Cli} adds just the one a command line
     * names, because picocli builds the model of every subcommand it is given (each option, in its
     * old bytecode that no start-up cache can hold), and a short command paid for all nine.
     */
    @Command(name = "studio", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = VERSION)
    static final class Root implements Runnable {
        @Override
        public void run() {
            // only reached through a subcommand
        }
    }
}
