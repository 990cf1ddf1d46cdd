package dev.triggerstudio.ui.object;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the fields table. Untouched cells keep the loaded values exactly. */
public final class FieldRow {
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<FieldType> type = new SimpleObjectProperty<>();
    private final StringProperty label = new SimpleStringProperty();
    private final BooleanProperty required = new SimpleBooleanProperty();
    private final BooleanProperty unique = new SimpleBooleanProperty();
    private final BooleanProperty hidden = new SimpleBooleanProperty();
    private final StringProperty maxLength = new SimpleStringProperty();
    private final StringProperty values = new SimpleStringProperty();
    private final StringProperty defaultText = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final Object loadedDefault;

    public FieldRow(FieldDef f) {
        name.set(f.name());
        type.set(f.type());
        label.set(f.label());
        required.set(f.required());
        unique.set(f.unique());
        hidden.set(f.hidden());
        maxLength.set(f.maxLength() == null ? "" : String.valueOf(f.maxLength()));
        values.set(f.values() == null ? "" : String.join(", ", f.values()));
        loadedDefault = f.defaultValue();
        defaultText.set(f.defaultValue() == null ? "" : String.valueOf(f.defaultValue()));
        to.set(f.to());
    }

    public Observable[] observables() {
        return new Observable[] {name, type, label, required, unique, hidden, maxLength, values, defaultText, to};
    }

    public FieldDef toDef() {
        List<String> vals = values.get() == null || values.get().isBlank() ? null
                : Arrays.stream(values.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new FieldDef(name.get(), type.get(), blankToNull(label.get()), required.get(), unique.get(),
                parseInt(maxLength.get()), vals, defaultValue(), blankToNull(to.get()), hidden.get());
    }

    private Object defaultValue() {
        String text = defaultText.get();
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (loadedDefault != null && Objects.equals(String.valueOf(loadedDefault), text)) {
            return loadedDefault;
        }
        FieldType t = type.get();
        try {
            if (t == FieldType.INTEGER) {
                return dev.triggerstudio.ui.common.JsonNumbers.parseWhole(text);
            }
            if (t == FieldType.NUMBER) {
                return dev.triggerstudio.ui.common.JsonNumbers.parse(text);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        return t == FieldType.BOOLEAN ? Boolean.valueOf(text.strip()) : text;
    }

    private static Integer parseInt(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<FieldType> typeProperty() {
        return type;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public BooleanProperty uniqueProperty() {
        return unique;
    }

    public BooleanProperty hiddenProperty() {
        return hidden;
    }

    public StringProperty maxLengthProperty() {
        return maxLength;
    }

    public StringProperty valuesProperty() {
        return values;
    }

    public StringProperty defaultProperty() {
        return defaultText;
    }

    public StringProperty toProperty() {
        return to;
    }
}
