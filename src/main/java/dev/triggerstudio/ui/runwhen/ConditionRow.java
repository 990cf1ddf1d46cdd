package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable Run When row. Changed only through the builder's commands, so every edit undoes. */
public final class ConditionRow {
    private final StringProperty field = new SimpleStringProperty();
    private final ObjectProperty<Predicate> predicate = new SimpleObjectProperty<>();
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();

    public ConditionRow(String field, Predicate predicate, Object value) {
        this.field.set(field);
        this.predicate.set(predicate);
        this.value.set(value);
    }

    public static ConditionRow of(Condition c) {
        return new ConditionRow(c.field(), c.predicate(), c.value());
    }

    public Condition toCondition() {
        Predicate p = predicate.get();
        return new Condition(field.get(), p, p != null && p.takesValue() ? value.get() : null);
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public ObjectProperty<Predicate> predicateProperty() {
        return predicate;
    }

    public ObjectProperty<Object> valueProperty() {
        return value;
    }

    public String field() {
        return field.get();
    }

    public Predicate predicate() {
        return predicate.get();
    }

    public Object value() {
        return value.get();
    }
}
