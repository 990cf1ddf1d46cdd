package dev.triggerstudio.ui.automation;

import dev.triggerstudio.model.Action;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One action of an automation as its editor shows it. Values typed as text become numbers or
 * booleans when they read as such; untouched values keep what was loaded.
 */
public final class ActionRow {
    private final ObjectProperty<Action.Type> type = new SimpleObjectProperty<>();
    private final StringProperty field = new SimpleStringProperty();
    private final StringProperty value = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty object = new SimpleStringProperty();
    private final StringProperty values = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final Action loaded;

    public ActionRow(Action a) {
        loaded = a;
        type.set(a.type());
        field.set(a.field());
        value.set(a.value() == null ? null : String.valueOf(a.value()));
        message.set(a.message());
        object.set(a.object());
        values.set(a.values() == null ? null : format(a.values()));
        to.set(a.to());
        title.set(a.title());
    }

    static String format(Map<String, Object> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.isEmpty() ? "" : "\n").append(k).append(" = ").append(v));
        return b.toString();
    }

    public Observable[] observables() {
        return new Observable[] {type, field, value, message, object, values, to, title};
    }

    public Action toAction() {
        return new Action(type.get(), blank(field.get()), typedValue(), blank(message.get()), blank(object.get()),
                parsedValues(), blank(to.get()), blank(title.get()));
    }

    private Object typedValue() {
        String v = value.get();
        if (v == null) {
            return null;
        }
        if (loaded.value() != null && Objects.equals(String.valueOf(loaded.value()), v)) {
            return loaded.value();
        }
        return scalar(v);
    }

    private Map<String, Object> parsedValues() {
        String v = values.get();
        if (v == null || v.isBlank()) {
            return null;
        }
        if (loaded.values() != null && format(loaded.values()).equals(v)) {
            return loaded.values();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String line : v.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq).strip(), scalar(line.substring(eq + 1).strip()));
            }
        }
        return out;
    }

    static Object scalar(String s) {
        if (s.matches("-?\\d{1,18}") || s.matches("-?\\d+\\.\\d+")) {
            return dev.triggerstudio.ui.common.JsonNumbers.parse(s);
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        return s;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public ObjectProperty<Action.Type> typeProperty() {
        return type;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty objectProperty() {
        return object;
    }

    public StringProperty valuesProperty() {
        return values;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty titleProperty() {
        return title;
    }
}
