package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.SystemFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A field the builder offers: every field of the object, hidden ones and system fields included. */
public record FieldChoice(String name, String label, FieldType type, List<String> values, boolean hidden) {

    public static List<FieldChoice> of(ObjectDef object) {
        List<FieldChoice> choices = new ArrayList<>();
        if (object == null) {
            return choices;
        }
        for (FieldDef f : object.fields()) {
            choices.add(new FieldChoice(f.name(), f.displayLabel(), f.type(), f.values() == null ? List.of() : f.values(),
                    f.hidden()));
        }
        for (String s : object.systemFieldNames()) {
            FieldType t = s.endsWith("_date") ? FieldType.DATETIME : FieldType.TEXT;
            choices.add(new FieldChoice(s, FieldDef.of(s, t).displayLabel(), t, List.of(), false));
        }
        return choices;
    }

    public static Optional<FieldChoice> find(List<FieldChoice> choices, String name) {
        return choices.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public boolean isSystem() {
        return SystemFields.isSystem(name);
    }

    @Override
    public String toString() {
        return label + (hidden ? " (hidden)" : "");
    }
}
