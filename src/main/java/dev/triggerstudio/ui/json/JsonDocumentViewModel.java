package dev.triggerstudio.ui.json;

import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.editor.CodeEditorViewModel;
import dev.triggerstudio.ui.editor.Syntax;
import dev.triggerstudio.ui.workspace.EditedDocument;
import dev.triggerstudio.ui.workspace.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Any other project JSON file, edited as text and validated against its folder's shape. */
public final class JsonDocumentViewModel extends EditedDocument {
    private final Workspace workspace;
    private final String path;
    private final CodeEditorViewModel code;
    private String saved;

    public JsonDocumentViewModel(Workspace workspace, String path, String text, TaskExecutor executor) {
        this.workspace = workspace;
        this.path = path;
        this.saved = text;
        this.code = new CodeEditorViewModel(null, Syntax.json(), path, text, executor,
                Optional.of(t -> JsonSchemas.validate(path, t)), () -> null, workspace::project);
        code.textProperty().addListener(o -> dirty(!code.textProperty().get().equals(saved)));
    }

    @Override
    public void save() throws IOException {
        String text = code.textProperty().get();
        workspace.write(Map.of(path, text));
        saved = text;
        dirty(false);
    }

    @Override
    public void reloadFromDisk() {
        workspace.readDisk(path).ifPresent(t -> {
            saved = t;
            code.textProperty().set(t);
            dirty(false);
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


    public CodeEditorViewModel code() {
        return code;
    }
}
