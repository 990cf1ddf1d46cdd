package dev.triggerstudio.ui.json;

import dev.triggerstudio.ui.common.CommandHistory;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.editor.CodeEditorViewModel;
import dev.triggerstudio.ui.editor.Syntax;
import dev.triggerstudio.ui.workspace.Document;
import dev.triggerstudio.ui.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Any other project JSON file, edited as text and validated against its folder's shape. */
public final class JsonDocumentViewModel implements Document {
    private final Workspace workspace;
    private final String path;
    private final CodeEditorViewModel code;
    private final CommandHistory history = new CommandHistory();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private String saved;

    public JsonDocumentViewModel(Workspace workspace, String path, String text, TaskExecutor executor) {
        this.workspace = workspace;
        this.path = path;
        this.saved = text;
        this.code = new CodeEditorViewModel(null, Syntax.json(), path, text, executor,
                Optional.of(t -> JsonSchemas.validate(path, t)), () -> null, workspace::project);
        code.textProperty().addListener(o -> dirty.set(!code.textProperty().get().equals(saved)));
    }

    @Override
    public void save() throws IOException {
        String text = code.textProperty().get();
        workspace.write(Map.of(path, text));
        saved = text;
        dirty.set(false);
    }

    @Override
    public void reloadFromDisk() {
        workspace.readDisk(path).ifPresent(t -> {
            saved = t;
            code.textProperty().set(t);
            dirty.set(false);
        });
    }

    @Override
    public String title() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public List<String> files() {
        return List.of(path);
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public CommandHistory history() {
        return history;
    }

    public CodeEditorViewModel code() {
        return code;
    }
}
