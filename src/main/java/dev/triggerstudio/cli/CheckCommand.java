package dev.triggerstudio.cli;

import dev.triggerstudio.engine.ProjectCheck;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.ProjectLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Validate the project and compile every script.")
public final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectLoader.Result r = ProjectCheck.run(project, ScriptRuntimes.standard());
        var out = spec.commandLine().getOut();
        long errors = r.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = r.diagnostics().size() - errors;
        for (Diagnostic d : r.diagnostics()) {
            out.println(d);
        }
        out.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        return errors > 0 ? ExitCodes.PROBLEM : ExitCodes.OK;
    }
}
