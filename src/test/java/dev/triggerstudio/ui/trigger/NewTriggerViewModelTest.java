package dev.triggerstudio.ui.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewTriggerViewModelTest {
    final NewTriggerViewModel vm = new NewTriggerViewModel(List.of("invoice_totals"), List.of("account", "invoice"),
            "alice");

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',             Trigger ID is required
            Bad Id,         'Use lower-case letters, digits and _ (starting with a letter): it names the files'
            invoice_totals, A trigger with ID invoice_totals already exists; IDs are unique
            """)
    void theIdIsRequiredWellFormedAndUnique(String id, String problem) {
        vm.idProperty().set(id);
        assertThat(vm.problemProperty().get()).isEqualTo(problem);
        assertThat(vm.create()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            PYTHON, BEFORE, async def execute(context: RecordTriggerContext)
            PYTHON, AFTER,  After create/update of invoice
            LUA,    BEFORE, require("gospellua")
            LUA,    ASYNC,  Async create/update of invoice
            STANZA, AFTER,  After create/update of invoice
            STANZA, NEVER,  log "checking " + record.id
            """)
    void newTriggersStartFromTheTemplateOfTheirLanguageAndTiming(Language language, Timing timing, String expected) {
        vm.idProperty().set("fresh");
        vm.objectProperty().set("invoice");
        vm.languageProperty().set(language);
        vm.timingProperty().set(timing);
        NewTriggerViewModel.Created c = vm.create().orElseThrow();
        assertThat(c.script()).contains(expected);
        assertThat(c.def().owner()).isEqualTo("alice");
        assertThat(c.def().scriptPath()).isEqualTo("triggers/fresh." + language.extension());
    }
}
