package dev.triggerstudio.ui.debugger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    private static final Map<String, Object> LOCALS = TestRecording.locals(
            "record", TestRecording.locals("priority", 4L, "name", "Acme", "total", 12.5, "tags", List.of("a", "b")),
            "i", 2, "old", null, "items", List.of(10L, 20L, 30L));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            record.priority > 3                     | true
            record.priority gt 5                    | false
            record.priority >= 4 and i == 2         | true
            record.priority ~= 4 or i == 2.0        | true
            not record.missing                      | true
            record.missing > 3                      | false
            record.name == 'Acme'                   | true
            record.name + "!"                       | Acme!
            record.total * 2                        | 25
            items[i] + 1                            | 31
            len(items)                              | 3
            'b' in record.tags                      | true
            old == None                             | true
            (1 + 2) * 3 - 10 / 4                    | 6.5
            -record.priority                        | -4
            record['name']                          | Acme
            """)
    void evaluatesOverRecordedLocals(String expression, String expected) {
        assertThat(Values.text(Expression.parse(expression).evaluate(LOCALS))).isEqualTo(expected);
    }

    @Test
    void aMistakeInTheExpressionSaysWhere() {
        assertThatThrownBy(() -> Expression.parse("record.priority >")).hasMessage("col 18: the expression ends too early");
        assertThatThrownBy(() -> Expression.parse("record..x")).hasMessageContaining("col 8: expected a field name");
        assertThatThrownBy(() -> Expression.parse("'open")).hasMessageContaining("text not closed");
    }

    @Test
    void aTypeMistakeIsAProblemNotAJavaError() {
        assertThatThrownBy(() -> Expression.parse("record.name - 1").evaluate(LOCALS))
                .isInstanceOf(Expression.Problem.class).hasMessageContaining("both sides must be numbers");
        assertThatThrownBy(() -> Expression.parse("record.name > 3").evaluate(LOCALS))
                .hasMessage("cannot compare text Acme with number 3");
    }

    @Test
    void hostObjectsCannotBeReachedThroughNames() {
        // names resolve only in the locals map: a class or a function of the host is just null
        assertThat(Expression.parse("java.lang.System").evaluate(LOCALS)).isNull();
        assertThatThrownBy(() -> Expression.parse("exit(1)").evaluate(LOCALS)).hasMessageContaining("unknown function");
    }
}
