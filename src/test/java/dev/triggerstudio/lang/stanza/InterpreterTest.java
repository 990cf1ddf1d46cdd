package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Errors the checker finds first, met again when a script runs unchecked (the engine compiles without
 * a project): the interpreter reports them the same way, at the same place.
 */
class InterpreterTest {

    private static StanzaError failure(String source, String object) {
        Script script = Parser.parse(source);
        assertThat(script.errors()).isEmpty();
        Interpreter interpreter = new Interpreter(Fixture.host(), "t.stanza", object, new Fuel(1000, 0),
                Fixture.invoice(), null, Fixture.USER);
        try {
            interpreter.run(script);
        } catch (StanzaError e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            log colour | 1:5: error: Unknown name 'colour'; write 'record.colour' for a field of this record (bare names are fields only inside withAll and withAny).
            log records.invoiceLine.withAll(qty gt 1).amount | 1:43: error: Use '.fields.amount' to read a field of every record in a set.
            set record.lines = records.invoiceLine.withAll(qty gt 1) | 1:28: error: Cannot store a set of records in a field; aggregate it first, e.g. '.count()'.
            log records.invoiceLine.withAll(qty).count() | 1:33: error: Condition must be true or false, got number 2.
            """)
    void uncheckedScriptsFailAtTheSamePlace(String source, String expected) {
        assertThat(failure(source, "invoice").toString()).isEqualTo(expected);
    }

    @Test
    void commitNeedsTheTriggersRecordDefinition() {
        assertThat(failure("commit record write", null).getMessage())
                .isEqualTo("'commit record' needs the trigger's record definition; this script has no trigger.");
    }

    @Test
    void setEditsTheRecordInPlace() {
        Map<String, Object> record = Fixture.invoice();
        new Interpreter(Fixture.host(), "t.stanza", "invoice", new Fuel(1000, 0), record, null, Fixture.USER)
                .run(Parser.parse("set record.total = records.invoiceLine.withAll(invoiceId eq record.id).fields.amount.sum()"));

        assertThat(record).containsEntry("total", 12.5);
    }
}
