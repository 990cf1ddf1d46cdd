package dev.triggerstudio.ui.object;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.ui.common.Command;
import dev.triggerstudio.ui.workspace.EditedDocument;
import dev.triggerstudio.ui.workspace.ProjectFiles;
import dev.triggerstudio.ui.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An object definition: label, name field, ownership and the fields table. */
public final class ObjectEditorViewModel extends EditedDocument {
    private final Workspace workspace;
    private final String apiName;
    private final StringProperty label = new SimpleStringProperty();
    private final StringProperty nameField = new SimpleStringProperty();
    private final BooleanProperty ownership = new SimpleBooleanProperty();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList(FieldRow::observables);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private ObjectDef saved;

    public ObjectEditorViewModel(Workspace workspace, ObjectDef def) {
        this.workspace = workspace;
        this.apiName = def.apiName();
        reset(def);
        for (Observable o : List.of(label, nameField, ownership, fields)) {
            o.addListener(x -> changed());
        }
        changed();
    }

    private void reset(ObjectDef def) {
        saved = def;
        label.set(def.label());
        nameField.set(def.nameField());
        ownership.set(def.ownership());
        fields.setAll(def.fields().stream().map(FieldRow::new).toList());
    }

    private void changed() {
        dirty(!toDef().equals(saved));
        problems.set(String.join("\n", findProblems()));
    }

    public List<String> findProblems() {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Project p = workspace.project();
        for (FieldRow r : fields) {
            FieldDef f = r.toDef();
            if (f.name() == null || !f.name().matches("[a-z][a-z0-9_]*")) {
                out.add("Field name \"" + f.name() + "\": use lower-case letters, digits and _");
            } else if (!seen.add(f.name()) || SystemFields.isSystem(f.name())) {
                out.add("Field " + f.name() + " is already defined (system fields are " + SystemFields.ALL + ")");
            }
            if (f.type() == FieldType.PICKLIST && (f.values() == null || f.values().isEmpty())) {
                out.add("Picklist " + f.name() + " needs values, separated by commas");
            }
            if (f.type() == FieldType.LOOKUP && (f.to() == null || p != null && !p.objects().containsKey(f.to()))) {
                out.add("Lookup " + f.name() + " needs \"to\": one of " + (p == null ? "the objects" : p.objects().keySet()));
            }
        }
        return out;
    }

    public ObjectDef toDef() {
        String l = label.get() == null || label.get().isBlank() ? null : label.get();
        String n = nameField.get() == null || nameField.get().isBlank() ? null : nameField.get();
        return new ObjectDef(apiName, l, n, ownership.get(), fields.stream().map(FieldRow::toDef).toList());
    }

    public void addField() {
        String name = "field_" + (fields.size() + 1);
        FieldRow row = new FieldRow(FieldDef.of(name, FieldType.TEXT));
        history().execute(new Command() {
            public void execute() {
                fields.add(row);
            }

            public void undo() {
                fields.remove(row);
            }

            public String description() {
                return "Add field " + name;
            }
        });
    }

    public void removeField(FieldRow row) {
        int index = fields.indexOf(row);
        if (index < 0) {
            return;
        }
        history().execute(new Command() {
            public void execute() {
                fields.remove(index);
            }

            public void undo() {
                fields.add(index, row);
            }

            public String description() {
                return "Remove field " + row.nameProperty().get();
            }
        });
    }

    @Override
    public void save() throws IOException, SaveRefused {
        List<String> found = findProblems();
        if (!found.isEmpty()) {
            throw new SaveRefused(apiName + " was not saved: " + String.join("; ", found));
        }
        ObjectDef def = toDef();
        workspace.write(ProjectFiles.object(def, workspace::readDisk));
        if (workspace.project() != null) {
            workspace.projectProperty().set(workspace.project().withObject(def));
        }
        saved = def;
        changed();
    }

    @Override
    public void reloadFromDisk() {
        workspace.readDisk(files().getFirst()).ifPresent(t -> {
            reset(dev.triggerstudio.model.LocatedJson.parse(files().getFirst(), t).bind(ObjectDef.class));
            history().clear();
            changed();
        });
    }

    @Override
    public String title() {
        return apiName + ".json";
    }

    @Override
    public List<String> files() {
        return List.of("objects/" + apiName + ".json");
    }


    public String apiName() {
        return apiName;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty nameFieldProperty() {
        return nameField;
    }

    public BooleanProperty ownershipProperty() {
        return ownership;
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }
}
