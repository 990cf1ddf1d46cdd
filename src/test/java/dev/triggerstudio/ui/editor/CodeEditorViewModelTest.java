package dev.triggerstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.ui.common.HeldExecutor;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CodeEditorViewModelTest {
    static final Function<String, List<Diagnostic>> CHECKER = text -> text.contains("(") && !text.contains(")")
            ? List.of(Diagnostic.error("t.py", 1, text.indexOf('(') + 1, "'(' is never closed")) : List.of();

    private static CodeEditorViewModel editor(TaskExecutor executor) {
        return new CodeEditorViewModel(Language.PYTHON, Syntax.of(Language.PYTHON), "t.py", "x = 1", executor,
                Optional.of(CHECKER), () -> null, () -> null);
    }

    @Test
    void highlightingCoversTheWholeTextWithItsStyles() {
        CodeEditorViewModel vm = editor(TaskExecutor.sameThread());
        vm.textProperty().set("def f(): pass");
        vm.highlight();
        assertThat(vm.highlightProperty().get().spans().length()).isEqualTo("def f(): pass".length());
        assertThat(vm.highlightProperty().get().spans().getStyleSpan(0).getStyle()).containsExactly("keyword");
    }

    @Test
    void aDiagnosticAppearsAndClearsWithTheText() {
        CodeEditorViewModel vm = editor(TaskExecutor.sameThread());
        vm.textProperty().set("print(1");
        vm.check();
        assertThat(vm.diagnosticsProperty().get()).extracting(Diagnostic::message).containsExactly("'(' is never closed");
        vm.textProperty().set("print(1)");
        vm.check();
        assertThat(vm.diagnosticsProperty().get()).isEmpty();
    }

    @Test
    void resultsForOlderTextAreDropped() {
        HeldExecutor held = new HeldExecutor();
        CodeEditorViewModel vm = editor(held);
        vm.textProperty().set("print(1");
        vm.check();
        vm.highlight();
        vm.textProperty().set("print(1)");
        vm.check();
        held.held.get(2).run();
        held.held.get(0).run();
        held.held.get(1).run();
        assertThat(vm.diagnosticsProperty().get()).isEmpty();
        assertThat(vm.highlightProperty().get()).isNull();
    }
}
