package dev.triggerstudio.cli;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.TriggerDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code check} finds in a project: the project's own diagnostics plus each registered language
 * runtime's diagnostics for its scripts. Used by export (and the IDE's Export dialog) to refuse a
 * project with errors.
 */
public final class ProjectChecks {

    /** @param project null when project.json itself could not be read */
    public record Result(Project project, List<Diagnostic> diagnostics) {
        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }
    }

    private ProjectChecks() {
    }

    public static Result run(Path root) {
        return run(root, ScriptRuntimes.standard());
    }

    public static Result run(Path root, ScriptRuntimes runtimes) {
        ProjectLoader.Result loaded = ProjectLoader.check(root);
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        Project project = loaded.project();
        if (project != null) {
            CheckContext context = new CheckContext(project);
            for (TriggerDef t : project.triggers().values()) {
                if (t.language() == null || t.id() == null || !project.scripts().containsKey(t.id())) {
                    continue;
                }
                ScriptSource source = new ScriptSource(t.scriptPath(), project.script(t.id()), t);
                runtimes.get(t.language()).ifPresent(r -> all.addAll(checkOne(r, source, context)));
            }
        }
        return new Result(project, List.copyOf(all));
    }

    private static List<Diagnostic> checkOne(dev.triggerstudio.lang.ScriptRuntime runtime, ScriptSource source,
                                             CheckContext context) {
        try {
            return runtime.check(source, context);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.error(source.path(), 1, 1, "the " + runtime.language().jsonName()
                    + " checker failed: " + e + " (please report this)"));
        }
    }
}
