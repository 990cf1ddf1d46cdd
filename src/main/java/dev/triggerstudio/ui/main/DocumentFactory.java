package dev.triggerstudio.ui.main;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.json.JsonDocumentViewModel;
import dev.triggerstudio.ui.trigger.TriggerEditorViewModel;
import dev.triggerstudio.ui.workspace.Document;
import dev.triggerstudio.ui.workspace.Workspace;
import java.util.Optional;

/** Picks the editor for a project file: structured where it helps, JSON text otherwise. */
final class DocumentFactory {
    private final Workspace workspace;
    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;

    DocumentFactory(Workspace workspace, ScriptRuntimes runtimes, TaskExecutor executor) {
        this.workspace = workspace;
        this.runtimes = runtimes;
        this.executor = executor;
    }

    /** Thrown when the acting user may not open a file. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    Optional<Document> create(String path) throws Refused {
        Project p = workspace.project();
        Optional<TriggerDef> trigger = p == null ? Optional.empty() : p.triggers().values().stream()
                .filter(t -> t.id() != null && t.language() != null)
                .filter(t -> path.equals(t.definitionPath()) || path.equals(t.scriptPath())).findFirst();
        if (trigger.isPresent()) {
            TriggerDef t = trigger.get();
            if (!workspace.access().canRead(t)) {
                throw new Refused("You may not read trigger " + t.id() + " as " + workspace.actingUserProperty().get().id()
                        + "; ask its owner " + t.owner() + " for read access");
            }
            return Optional.of(new TriggerEditorViewModel(workspace, t, p.script(t.id()), executor, runtimes));
        }
        if (path.startsWith("objects/") && p != null) {
            String name = path.substring("objects/".length(), path.length() - ".json".length());
            if (p.objects().containsKey(name)) {
                return Optional.of(new dev.triggerstudio.ui.object.ObjectEditorViewModel(workspace, p.objects().get(name)));
            }
        }
        if (path.startsWith("automations/") && p != null) {
            String id = path.substring("automations/".length(), path.length() - ".json".length());
            if (p.automations().containsKey(id)) {
                return Optional.of(new dev.triggerstudio.ui.automation.AutomationEditorViewModel(workspace,
                        p.automations().get(id)));
            }
        }
        return workspace.readDisk(path).map(text -> new JsonDocumentViewModel(workspace, path, text, executor));
    }
}
