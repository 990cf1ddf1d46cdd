package dev.triggerstudio.ui.explorer;

import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.permissions.TriggerAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The project explorer's tree: Objects, Triggers, Automations, Configs, Data, Batches, Tests.
 * Triggers the acting user may not read are left out, and the tree says how many.
 */
public final class ExplorerViewModel {
    private final ReadOnlyObjectWrapper<List<ExplorerItem>> categories = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper hiddenNote = new ReadOnlyStringWrapper("");

    public void refresh(Project project, TriggerAccess access) {
        if (project == null) {
            categories.set(List.of());
            return;
        }
        List<ExplorerItem> out = new ArrayList<>();
        out.add(category("Objects", project.objects().keySet().stream()
                .map(n -> ExplorerItem.file(n, "objects/" + n + ".json", ExplorerItem.Kind.OBJECT)).toList()));
        List<ExplorerItem> triggers = new ArrayList<>();
        int hidden = 0;
        for (TriggerDef t : project.triggers().values()) {
            if (t.language() == null || t.id() == null) {
                continue;
            }
            if (!access.canRead(t)) {
                hidden++;
                continue;
            }
            triggers.add(ExplorerItem.file(t.id() + "." + t.language().extension(), t.definitionPath(),
                    ExplorerItem.Kind.TRIGGER));
        }
        out.add(category("Triggers", triggers));
        out.add(category("Automations", project.automations().keySet().stream()
                .map(n -> ExplorerItem.file(n, "automations/" + n + ".json", ExplorerItem.Kind.AUTOMATION)).toList()));
        out.add(category("Configs", project.configFiles().entrySet().stream()
                .map(e -> ExplorerItem.file(e.getKey(), e.getValue(), ExplorerItem.Kind.CONFIG)).toList()));
        out.add(category("Data", files(project.data(), "data/", ExplorerItem.Kind.DATA)));
        out.add(category("Batches", files(project.batches(), "batches/", ExplorerItem.Kind.BATCH)));
        out.add(category("Tests", files(project.tests(), "tests/", ExplorerItem.Kind.TEST)));
        categories.set(List.copyOf(out));
        hiddenNote.set(hidden == 0 ? "" : hidden + (hidden == 1 ? " trigger is" : " triggers are")
                + " hidden: the acting user may not read them");
    }

    private static List<ExplorerItem> files(Map<String, ?> byName, String folder, ExplorerItem.Kind kind) {
        return byName.keySet().stream().map(n -> ExplorerItem.file(n, folder + n + ".json", kind)).toList();
    }

    private static ExplorerItem category(String label, List<ExplorerItem> children) {
        return new ExplorerItem(label, null, ExplorerItem.Kind.CATEGORY, List.copyOf(children));
    }

    public ReadOnlyObjectProperty<List<ExplorerItem>> categoriesProperty() {
        return categories.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hiddenNoteProperty() {
        return hiddenNote.getReadOnlyProperty();
    }
}
