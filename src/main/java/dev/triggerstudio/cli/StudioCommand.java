package dev.triggerstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code ./studio}: the headless commands. Each subcommand lives in its own class. */
// help and version are inherited so that `./studio bench --help` works like `./studio --help`
@Command(name = "studio", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Trigger Studio 0.1.0",
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
    @Override
    public void run() {
        // `./studio` with no command opens the IDE; Main handles that before picocli sees it.
    }
}
