package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallModelsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            NUMBER,  12.5,   12.5
            NUMBER,  400,    400
            INTEGER, 7,      7
            BOOLEAN, yes,    true
            BOOLEAN, False,  false
            TEXT,    Hello,  Hello
            NUMBER,  $inv1,  $inv1
            JSON,    '{"a": 1}', '{"a":1}'
            """)
    void turnsTypedTextIntoTheValueOfTheFieldsType(FieldType type, String text, String shown) {
        assertThat(Values.show(CellValues.parse(type, text))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            NUMBER,  twelve, is not a number
            INTEGER, 1.5,    is not a whole number
            BOOLEAN, maybe,  is not true or false
            JSON,    '{a',   not JSON
            """)
    void refusesTextThatDoesNotFitTheType(FieldType type, String text, String message) {
        assertThatThrownBy(() -> CellValues.parse(type, text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void showsWhatAStepUsedAgainstTheProjectsLimits() {
        TraceNode s = new TraceNode(1, StepName.TRIGGER, "trigger:x", 0);
        s.durationUs(2500);
        s.metrics().putAll(Map.of("queries", 2, "dml", 0, "instructions", 9000));

        assertThat(LimitUsage.text(s, Limits.DEFAULTS)).isEqualTo("queries 2/100 · DML 0/150 · fuel 9000/10000 · ms 3/10000");
        assertThat(LimitUsage.of(s, Limits.DEFAULTS)).filteredOn(LimitUsage.Use::nearLimit)
                .extracting(LimitUsage.Use::name).containsExactly("fuel");
    }

    @Test
    void linksATriggersErrorToItsScriptLine() {
        Project p = ProjectLoader.load(SampleCopy.of("ledger"));

        ScriptLink link = ScriptLink.of(new TraceError("no", "before_triggers", "trigger:invoice_status", 2), p).orElseThrow();

        assertThat(link.label()).isEqualTo("triggers/invoice_status.stanza:2");
        assertThat(link.file()).isEqualTo(p.root().resolve("triggers/invoice_status.stanza").toAbsolutePath().normalize());
        assertThat(ScriptLink.of(new TraceError("no", "check_permissions", null, null), p)).isEmpty();
        assertThat(ScriptLink.of(new TraceError("no", "before_automations", "automation:paid_needs_date", null), p)
                .orElseThrow().label()).isEqualTo("automations/paid_needs_date.json:1");
    }
}
