package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceNode;
import java.nio.file.Path;
import java.util.Optional;

/** Where an error points in the project: a trigger's script line, or an automation's file. */
public record ScriptLink(Path file, String relative, int line) {

    /** "triggers/invoice_status.stanza:2". */
    public String label() {
        return relative + ":" + line;
    }

    /** The link for an error, empty when it came from the system rather than a script. */
    public static Optional<ScriptLink> of(TraceError error, Project project) {
        if (error == null || error.source() == null || project == null) {
            return Optional.empty();
        }
        int line = error.line() == null || error.line() < 1 ? 1 : error.line();
        String source = error.source();
        if (source.startsWith("trigger:")) {
            TriggerDef t = project.triggers().get(source.substring("trigger:".length()));
            return Optional.ofNullable(t).filter(d -> d.language() != null)
                    .map(d -> link(project, d.scriptPath(), line));
        }
        if (source.startsWith("automation:")) {
            AutomationDef a = project.automations().get(source.substring("automation:".length()));
            return Optional.ofNullable(a).map(d -> link(project, "automations/" + d.id() + ".json", line));
        }
        return Optional.empty();
    }

    /**
     * The source of a trigger or automation node: at the line of its error when it failed, else at
     * its first line. Empty for the lifecycle's own steps.
     */
    public static Optional<ScriptLink> of(TraceNode step, Project project) {
        if (!dev.triggerstudio.trace.StepName.of(step.step()).map(dev.triggerstudio.trace.StepName::isRun).orElse(false)) {
            return Optional.empty();
        }
        Integer line = step.error() == null ? null : step.error().line();
        return of(new TraceError(null, step.step(), step.source(), line), project);
    }

    private static ScriptLink link(Project project, String relative, int line) {
        return new ScriptLink(project.root().resolve(relative).toAbsolutePath().normalize(), relative, line);
    }
}
