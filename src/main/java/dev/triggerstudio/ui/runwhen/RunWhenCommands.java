package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.ui.common.Command;
import java.util.List;
import javafx.beans.property.ObjectProperty;

/** The Run When builder's edits, each undoable. */
final class RunWhenCommands {
    private RunWhenCommands() {
    }

    record AddCondition(List<ConditionRow> rows, int index, ConditionRow row) implements Command {
        public void execute() {
            rows.add(index, row);
        }

        public void undo() {
            rows.remove(row);
        }

        public String description() {
            return "Add condition";
        }
    }

    record RemoveCondition(List<ConditionRow> rows, int index, ConditionRow row) implements Command {
        public void execute() {
            rows.remove(index);
        }

        public void undo() {
            rows.add(index, row);
        }

        public String description() {
            return "Remove condition";
        }
    }

    record MoveCondition(List<ConditionRow> rows, int from, int to) implements Command {
        public void execute() {
            rows.add(to, rows.remove(from));
        }

        public void undo() {
            rows.add(from, rows.remove(to));
        }

        public String description() {
            return "Move condition";
        }
    }

    /** A new field may not fit the old predicate or value: those change with it, and undo together. */
    record ChangeField(ConditionRow row, String oldField, Predicate oldPredicate, Object oldValue,
                       String newField, Predicate newPredicate, Object newValue) implements Command {
        public void execute() {
            row.fieldProperty().set(newField);
            row.predicateProperty().set(newPredicate);
            row.valueProperty().set(newValue);
        }

        public void undo() {
            row.fieldProperty().set(oldField);
            row.predicateProperty().set(oldPredicate);
            row.valueProperty().set(oldValue);
        }

        public String description() {
            return "Change field to " + newField;
        }
    }

    record ChangePredicate(ConditionRow row, Predicate oldPredicate, Object oldValue, Predicate newPredicate,
                           Object newValue) implements Command {
        public void execute() {
            row.predicateProperty().set(newPredicate);
            row.valueProperty().set(newValue);
        }

        public void undo() {
            row.predicateProperty().set(oldPredicate);
            row.valueProperty().set(oldValue);
        }

        public String description() {
            return "Change predicate to " + newPredicate.phrase();
        }
    }

    record ChangeValue(ConditionRow row, Object oldValue, Object newValue) implements Command {
        public void execute() {
            row.valueProperty().set(newValue);
        }

        public void undo() {
            row.valueProperty().set(oldValue);
        }

        public String description() {
            return "Change value";
        }
    }

    record ChangeMatch(ObjectProperty<Match> match, Match oldMatch, Match newMatch) implements Command {
        public void execute() {
            match.set(newMatch);
        }

        public void undo() {
            match.set(oldMatch);
        }

        public String description() {
            return newMatch == Match.ALL ? "Match all conditions" : "Match any condition";
        }
    }
}
