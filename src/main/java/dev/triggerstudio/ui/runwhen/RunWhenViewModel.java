package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.ui.common.CommandHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Run When builder of a trigger or automation: rows of field → predicate → value, All/Any,
 * a plain-language preview and a list of problems. Every edit is a command on the history.
 */
public final class RunWhenViewModel {
    private final List<FieldChoice> fields;
    private final CommandHistory history;
    private final ObservableList<ConditionRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.fieldProperty(), r.predicateProperty(), r.valueProperty()});
    private final ObjectProperty<Match> match = new SimpleObjectProperty<>(Match.ALL);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final IntegerProperty revision = new SimpleIntegerProperty();

    public RunWhenViewModel(List<FieldChoice> fields, RunWhen initial, CommandHistory history) {
        this.fields = List.copyOf(fields);
        this.history = history;
        initial.conditions().forEach(c -> rows.add(ConditionRow.of(c)));
        match.set(initial.match());
        rows.addListener((Observable o) -> changed());
        match.addListener(o -> changed());
        changed();
    }

    private void changed() {
        preview.set(RunWhenPreview.describe(toRunWhen(), fields));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            rowProblem(rows.get(i)).ifPresent(found::add);
        }
        problems.set(String.join("\n", found));
        revision.set(revision.get() + 1);
    }

    public Optional<String> rowProblem(ConditionRow row) {
        Optional<FieldChoice> f = field(row);
        if (f.isEmpty()) {
            return Optional.of("\"" + row.field() + "\" is not a field of this object; choose another");
        }
        if (row.predicate() == null || !FieldPredicates.fitting(f.get().type()).contains(row.predicate())) {
            return Optional.of(f.get().label() + " cannot use \"" + (row.predicate() == null ? "?"
                    : row.predicate().phrase()) + "\"; choose a predicate from the list");
        }
        return ConditionValues.problem(f.get(), row.predicate(), row.value());
    }

    public void addCondition() {
        if (fields.isEmpty() || !editable.get()) {
            return;
        }
        FieldChoice first = fields.getFirst();
        Predicate p = FieldPredicates.fitting(first.type()).getFirst();
        history.execute(new RunWhenCommands.AddCondition(rows, rows.size(), new ConditionRow(first.name(), p,
                defaultValue(first, p))));
    }

    public void removeCondition(ConditionRow row) {
        int index = rows.indexOf(row);
        if (index >= 0 && editable.get()) {
            history.execute(new RunWhenCommands.RemoveCondition(rows, index, row));
        }
    }

    public void moveUp(ConditionRow row) {
        move(row, -1);
    }

    public void moveDown(ConditionRow row) {
        move(row, 1);
    }

    private void move(ConditionRow row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < rows.size() && editable.get()) {
            history.execute(new RunWhenCommands.MoveCondition(rows, from, to));
        }
    }

    public void changeField(ConditionRow row, String fieldName) {
        Optional<FieldChoice> f = FieldChoice.find(fields, fieldName);
        if (f.isEmpty() || fieldName.equals(row.field()) || !editable.get()) {
            return;
        }
        List<Predicate> fitting = FieldPredicates.fitting(f.get().type());
        Predicate p = fitting.contains(row.predicate()) ? row.predicate() : fitting.getFirst();
        Optional<FieldChoice> old = field(row);
        boolean sameKind = old.isPresent() && old.get().type() == f.get().type() && p == row.predicate()
                && old.get().values().equals(f.get().values());
        Object value = sameKind ? row.value() : defaultValue(f.get(), p);
        history.execute(new RunWhenCommands.ChangeField(row, row.field(), row.predicate(), row.value(), fieldName, p,
                value));
    }

    public void changePredicate(ConditionRow row, Predicate predicate) {
        if (predicate == null || predicate == row.predicate() || !editable.get()) {
            return;
        }
        Object value = adaptValue(row.value(), row.predicate(), predicate);
        history.execute(new RunWhenCommands.ChangePredicate(row, row.predicate(), row.value(), predicate, value));
    }

    public void changeValue(ConditionRow row, Object value) {
        if (Objects.equals(value, row.value()) || !editable.get()) {
            return;
        }
        history.execute(new RunWhenCommands.ChangeValue(row, row.value(), value));
    }

    /** Parses typed text for the row's field type, then records it as one edit. */
    public void changeValueText(ConditionRow row, String text) {
        field(row).ifPresent(f -> changeValue(row, ConditionValues.parse(f.type(), row.predicate(), text)));
    }

    /** What would be wrong with this text as the row's value: shown while the user types, before it is committed. */
    public Optional<String> textProblem(ConditionRow row, String text) {
        Optional<FieldChoice> f = field(row);
        if (f.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        return ConditionValues.problem(f.get(), row.predicate(), ConditionValues.parse(f.get().type(), row.predicate(), text));
    }

    public void changeMatch(Match newMatch) {
        if (newMatch != null && newMatch != match.get() && editable.get()) {
            history.execute(new RunWhenCommands.ChangeMatch(match, match.get(), newMatch));
        }
    }

    private static Object adaptValue(Object value, Predicate from, Predicate to) {
        if (!to.takesValue()) {
            return null;
        }
        boolean wasList = from != null && from.takesList();
        if (to.takesList() && !wasList) {
            return value == null ? new ArrayList<>() : new ArrayList<>(List.of(value));
        }
        if (!to.takesList() && wasList) {
            return value instanceof List<?> l && !l.isEmpty() ? l.getFirst() : null;
        }
        return value;
    }

    private static Object defaultValue(FieldChoice f, Predicate p) {
        if (!p.takesValue()) {
            return null;
        }
        if (p.takesList()) {
            return new ArrayList<>();
        }
        if (f.type() == FieldType.PICKLIST && !f.values().isEmpty()) {
            return f.values().getFirst();
        }
        return f.type() == FieldType.BOOLEAN ? Boolean.TRUE : null;
    }

    public Optional<FieldChoice> field(ConditionRow row) {
        return FieldChoice.find(fields, row.field());
    }

    public List<Predicate> predicatesFor(ConditionRow row) {
        return field(row).map(f -> FieldPredicates.fitting(f.type())).orElse(List.of());
    }

    public RunWhen toRunWhen() {
        return new RunWhen(match.get(), rows.stream().map(ConditionRow::toCondition).toList());
    }

    public List<FieldChoice> fields() {
        return fields;
    }

    public ObservableList<ConditionRow> rows() {
        return rows;
    }

    public ObjectProperty<Match> matchProperty() {
        return match;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    public CommandHistory history() {
        return history;
    }
}
