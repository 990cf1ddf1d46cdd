package dev.triggerstudio.ui.runwhen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.ui.common.CommandHistory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunWhenViewModelTest {
    static final ObjectDef INVOICE = new ObjectDef("invoice", "Invoice", "number", true, List.of(
            FieldDef.of("number", FieldType.TEXT),
            new FieldDef("status", FieldType.PICKLIST, null, false, false, null, List.of("Draft", "Sent", "Paid"), null,
                    null, false),
            FieldDef.of("total", FieldType.NUMBER), FieldDef.of("due", FieldType.DATE),
            FieldDef.of("paid", FieldType.BOOLEAN),
            new FieldDef("note", FieldType.TEXT, null, false, false, null, null, null, null, true)));

    final CommandHistory history = new CommandHistory();
    final RunWhenViewModel vm = new RunWhenViewModel(FieldChoice.of(INVOICE), RunWhen.ALWAYS, history);

    private ConditionRow row(String field, Predicate p, String value) {
        vm.addCondition();
        ConditionRow r = vm.rows().getLast();
        vm.changeField(r, field);
        vm.changePredicate(r, p);
        if (value != null) {
            vm.changeValueText(r, value);
        }
        return r;
    }

    @Test
    void previewsThreeConditionsInPlainLanguage() {
        row("status", Predicate.EQUALS, null);
        vm.changeValue(vm.rows().get(0), "Draft");
        row("total", Predicate.GREATER_THAN, "1000");
        row("note", Predicate.IS_EMPTY, null);
        assertThat(vm.previewProperty().get())
                .isEqualTo("Runs when Status is equal to Draft and Total is greater than 1000 and Note is empty");
        assertThat(vm.toRunWhen().conditions()).containsExactly(new Condition("status", Predicate.EQUALS, "Draft"),
                new Condition("total", Predicate.GREATER_THAN, 1000), new Condition("note", Predicate.IS_EMPTY, null));
    }

    @Test
    void matchingAnyJoinsTheConditionsWithOr() {
        row("number", Predicate.STARTS_WITH, "INV");
        row("total", Predicate.LESS_THAN, "5");
        vm.changeMatch(Match.ANY);
        assertThat(vm.previewProperty().get()).isEqualTo("Runs when Number starts with INV or Total is less than 5");
    }

    @Test
    void withNoConditionsTheTriggerRunsForEveryRecord() {
        assertThat(vm.previewProperty().get()).isEqualTo("Runs for every record");
    }

    @Test
    void undoTakesBackEveryEditInReverseAndRedoReplaysThem() {
        row("total", Predicate.GREATER_THAN, "1000");
        RunWhen built = vm.toRunWhen();
        int edits = 0;
        while (history.undo()) {
            edits++;
        }
        assertThat(vm.rows()).isEmpty();
        for (int i = 0; i < edits; i++) {
            history.redo();
        }
        assertThat(vm.toRunWhen()).isEqualTo(built);
    }

    @Test
    void removingAndMovingRowsUndo() {
        row("number", Predicate.CONTAINS, "A");
        row("total", Predicate.EQUALS, "3");
        RunWhen before = vm.toRunWhen();
        vm.moveUp(vm.rows().get(1));
        assertThat(vm.rows().getFirst().field()).isEqualTo("total");
        vm.removeCondition(vm.rows().getFirst());
        assertThat(vm.rows()).extracting(ConditionRow::field).containsExactly("number");
        history.undo();
        history.undo();
        assertThat(vm.toRunWhen()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            number, equals not_equals contains not_contains starts_with ends_with is_empty is_not_empty in not_in changed
            total,  equals not_equals greater_than greater_or_equal less_than less_or_equal is_empty is_not_empty in not_in changed
            due,    equals not_equals greater_than greater_or_equal less_than less_or_equal is_empty is_not_empty in not_in changed
            status, equals not_equals in not_in is_empty is_not_empty changed
            paid,   equals not_equals changed
            """)
    void offersOnlyPredicatesThatFitTheFieldType(String field, String predicates) {
        vm.addCondition();
        ConditionRow r = vm.rows().getFirst();
        vm.changeField(r, field);
        assertThat(vm.predicatesFor(r)).extracting(Predicate::jsonName)
                .containsExactlyElementsOf(Arrays.asList(predicates.split(" ")));
    }

    @Test
    void offersHiddenAndSystemFields() {
        assertThat(vm.fields()).extracting(FieldChoice::name).contains("note", "id", "owner", "created_date");
    }

    @Test
    void switchingToInTurnsTheValueIntoAList() {
        row("status", Predicate.EQUALS, null);
        ConditionRow r = vm.rows().getFirst();
        vm.changeValue(r, "Sent");
        vm.changePredicate(r, Predicate.IN);
        assertThat(r.value()).isEqualTo(List.of("Sent"));
        vm.changeValue(r, List.of("Sent", "Paid"));
        assertThat(vm.previewProperty().get()).isEqualTo("Runs when Status is one of Sent, Paid");
    }

    @Test
    void aPicklistValueThatIsNotListedIsAProblem() {
        row("status", Predicate.EQUALS, "Lost");
        assertThat(vm.problemsProperty().get()).contains("\"Lost\" is not a value of Status");
    }

    @Test
    void aNumberFieldWithTextIsAProblem() {
        row("total", Predicate.GREATER_THAN, "lots");
        assertThat(vm.problemsProperty().get()).isEqualTo("Total needs a number such as 12.5, not \"lots\"");
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            created_date | greater_than | xyz123     | Created date needs a date and time such as 2026-01-31T09:30:00Z, not "xyz123"
            due          | in           | 2026-02-30 | Due needs a date such as 2026-01-31, not "2026-02-30"
            total        | equals       | 12,5x      | Total needs a number such as 12.5, not "12,5x"
            """)
    void aValueThatDoesNotFitTheFieldsTypeIsAProblemWhileItIsTyped(String field, String predicate, String typed,
                                                                  String expected) {
        vm.addCondition();
        ConditionRow r = vm.rows().getLast();
        vm.changeField(r, field);
        vm.changePredicate(r, Predicate.valueOf(predicate.toUpperCase()));
        assertThat(vm.textProblem(r, typed)).contains(expected);
        vm.changeValueText(r, typed);
        assertThat(vm.problemsProperty().get()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            created_date | 2026-01-31T09:30:00Z
            created_date | 2026-01-31T09:30:00+02:00
            created_date | 2026-01-31
            due          | 2026-01-31
            total        | 12.5
            """)
    void aValueOfTheFieldsTypeIsNoProblem(String field, String typed) {
        vm.addCondition();
        ConditionRow r = vm.rows().getLast();
        vm.changeField(r, field);
        vm.changePredicate(r, Predicate.GREATER_THAN);
        assertThat(vm.textProblem(r, typed)).isEmpty();
        vm.changeValueText(r, typed);
        assertThat(vm.problemsProperty().get()).isEmpty();
    }

    @Test
    void aReadOnlyBuilderIgnoresEdits() {
        vm.editableProperty().set(false);
        vm.addCondition();
        vm.changeMatch(Match.ANY);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.matchProperty().get()).isEqualTo(Match.ALL);
        assertThat(history.canUndoProperty().get()).isFalse();
    }
}
