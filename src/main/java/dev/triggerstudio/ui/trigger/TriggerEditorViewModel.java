package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.LocatedJson;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.editor.CodeEditorViewModel;
import dev.triggerstudio.ui.permissions.PermissionsViewModel;
import dev.triggerstudio.ui.permissions.TriggerAccess;
import dev.triggerstudio.ui.runwhen.FieldChoice;
import dev.triggerstudio.ui.runwhen.RunWhenViewModel;
import dev.triggerstudio.ui.workspace.EditedDocument;
import dev.triggerstudio.ui.workspace.ProjectFiles;
import dev.triggerstudio.ui.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One trigger open for editing: its script, details, Run When and permissions, saved together
 * as {@code triggers/<id>.json} and its script. Unsaved means "differs from what was saved", so
 * undoing back to the saved state clears the mark.
 */
public final class TriggerEditorViewModel extends EditedDocument {
    private final Workspace workspace;
    private final TriggerDetailsViewModel details;
    private final RunWhenViewModel runWhen;
    private final PermissionsViewModel permissions;
    private final CodeEditorViewModel code;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper actingUserId = new ReadOnlyStringWrapper("");
    private TriggerDef saved;
    private String savedScript;

    public TriggerEditorViewModel(Workspace workspace, TriggerDef def, String script, TaskExecutor executor,
                                  ScriptRuntimes runtimes) {
        this.workspace = workspace;
        this.saved = def;
        this.savedScript = script;
        Project project = workspace.project();
        ObjectDef object = project == null ? null : project.objects().get(def.object());
        details = new TriggerDetailsViewModel(def);
        runWhen = new RunWhenViewModel(FieldChoice.of(object), def.runWhen(), history());
        List<String> groups = project == null ? List.of() : project.users().groups();
        permissions = new PermissionsViewModel(groups, def.owner(), def.permissions(), history());
        code = new CodeEditorViewModel(def.language(), def.scriptPath(), script, executor,
                runtimes.get(def.language()), this::current, workspace::project);
        permissions.ownerProperty().bind(details.ownerProperty());
        details.revisionProperty().addListener(o -> updateDirty());
        runWhen.revisionProperty().addListener(o -> updateDirty());
        permissions.revisionProperty().addListener(o -> updateDirty());
        code.textProperty().addListener(o -> updateDirty());
        workspace.actingUserProperty().addListener(o -> applyAccess());
        applyAccess();
        updateDirty();
    }

    /** Locks every part of the editor when the acting user may not edit this trigger, and says why. */
    public void applyAccess() {
        TriggerAccess access = workspace.access();
        Optional<String> why = access.whyNotEditable(saved);
        permissions.refuseEdits(why);
        refusal.set(why.orElse(""));
        actingUserId.set(workspace.actingUserProperty().get() == null ? "" : workspace.actingUserProperty().get().id());
        boolean editable = why.isEmpty();
        runWhen.editableProperty().set(editable);
        details.editableProperty().set(editable);
        code.editableProperty().set(editable);
    }

    private void updateDirty() {
        dirty(!current().equals(saved) || !code.textProperty().get().equals(savedScript));
    }

    /** The definition as edited now. */
    public TriggerDef current() {
        return details.toDef(runWhen.toRunWhen(), permissions.toGrants());
    }

    @Override
    public void save() throws IOException, SaveRefused {
        Optional<String> why = workspace.access().whyNotEditable(saved);
        if (why.isPresent()) {
            throw new SaveRefused(why.get());
        }
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new SaveRefused(saved.id() + " was not saved: " + String.join("; ", problems));
        }
        TriggerDef def = current();
        String script = code.textProperty().get();
        workspace.write(ProjectFiles.trigger(def, script, workspace::readDisk));
        Project p = workspace.project();
        if (p != null) {
            workspace.projectProperty().set(p.withTrigger(def, script));
        }
        saved = def;
        savedScript = script;
        updateDirty();
        applyAccess();
    }

    /** What must be fixed before saving: detail problems and Run When rows that do not fit. */
    public List<String> problems() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (!details.problemProperty().get().isEmpty()) {
            out.add(details.problemProperty().get());
        }
        if (!runWhen.problemsProperty().get().isEmpty()) {
            out.addAll(runWhen.problemsProperty().get().lines().toList());
        }
        return out;
    }

    @Override
    public void reloadFromDisk() {
        Optional<String> json = workspace.readDisk(saved.definitionPath());
        TriggerDef def = json.map(t -> LocatedJson.parse(saved.definitionPath(), t).bind(TriggerDef.class)).orElse(saved);
        String script = workspace.readDisk(def.scriptPath()).orElse(savedScript);
        saved = def;
        savedScript = script;
        details.reset(def);
        runWhen.rows().setAll(def.runWhen().conditions().stream().map(dev.triggerstudio.ui.runwhen.ConditionRow::of)
                .toList());
        runWhen.matchProperty().set(def.runWhen().match());
        permissions.rows().setAll(def.permissions().stream()
                .map(g -> new dev.triggerstudio.ui.permissions.GrantRow(g.group(), g.access())).toList());
        code.textProperty().set(script);
        history().clear();
        updateDirty();
        applyAccess();
    }

    @Override
    public String title() {
        return saved.id() + "." + saved.language().extension();
    }

    @Override
    public List<String> files() {
        return List.of(saved.definitionPath(), saved.scriptPath());
    }


    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actingUserIdProperty() {
        return actingUserId.getReadOnlyProperty();
    }

    public TriggerDef saved() {
        return saved;
    }

    public TriggerDetailsViewModel details() {
        return details;
    }

    public RunWhenViewModel runWhen() {
        return runWhen;
    }

    public PermissionsViewModel permissions() {
        return permissions;
    }

    public CodeEditorViewModel code() {
        return code;
    }
}
