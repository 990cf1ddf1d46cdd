package dev.triggerstudio.engine;

import dev.triggerstudio.engine.cascade.CascadeAnalyzer;
import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.TriggerDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code ./studio check}: the project's files, then every script compiled by its language. */
public final class ProjectCheck {
    private ProjectCheck() {
    }

    public static ProjectLoader.Result run(Path root, ScriptRuntimes runtimes) {
        ProjectLoader.Result loaded = ProjectLoader.check(root);
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        Project project = loaded.project();
        if (project != null) {
            // a broken batch or test says nothing about the triggers; only the files a run needs do
            boolean filesBroken = !loaded.errorsThatBlockRuns().isEmpty();
            for (TriggerDef t : project.triggers().values()) {
                all.addAll(filesBroken ? scriptsDespiteErrors(project, t, runtimes) : scripts(project, t, runtimes));
            }
            if (!filesBroken) {
                // the analysis follows references between triggers, which only hold in a valid project
                all.addAll(CascadeAnalyzer.analyze(project, runtimes).diagnostics());
            }
        }
        all.sort(Comparator.comparing(Diagnostic::path).thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new ProjectLoader.Result(project, all);
    }

    /**
     * Scripts are still compiled when other files have errors, so that every problem shows at once;
     * but a compiler may rely on what those errors break (an object's field types), and then the
     * file errors come first.
     */
    private static List<Diagnostic> scriptsDespiteErrors(Project project, TriggerDef t, ScriptRuntimes runtimes) {
        try {
            return scripts(project, t, runtimes);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.warning(t.scriptPath(), 1, 1,
                    "not compiled while the project's files have errors; fix those first"));
        }
    }

    /** Diagnostics of one trigger's script, from its own language's compiler. */
    public static List<Diagnostic> scripts(Project project, TriggerDef t, ScriptRuntimes runtimes) {
        if (t.id() == null || t.language() == null || !project.scripts().containsKey(t.id())) {
            return List.of();
        }
        ScriptSource source = new ScriptSource(t.scriptPath(), project.script(t.id()), t);
        return runtimes.get(t.language()).map(r -> r.check(source, new CheckContext(project)))
                .orElse(List.of(Diagnostic.warning(t.scriptPath(), 1, 1, "no " + t.language().jsonName()
                        + " runtime is installed, so this script was not compiled")));
    }
}
