package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.ui.editor.CodeEditorView;
import java.nio.file.Files;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard: create a trigger in each language, type, see colours and diagnostics, complete. */
class EditorUiTest extends StudioUiTest {

    private void newTrigger(String id, Language language) {
        shortcut(KeyCode.N);
        clickOn("#new-trigger-id").write(id);
        ComboBox<?> languages = lookup("#new-trigger-language").queryAs(ComboBox.class);
        String label = dev.triggerstudio.ui.trigger.Labels.language().toString(language);
        assertThat(label).as("the dialog names languages as people write them, not PYTHON").isNotEqualTo(language.name());
        choose(languages, label);
        clickOn("#new-trigger-ok");
        waitUntil(() -> studio.window().activePane().map(p -> p.document().title().startsWith(id)).orElse(false));
    }

    private boolean styledAs(CodeArea area, String word, String style) {
        int at = area.getText().lastIndexOf(word);
        return at >= 0 && area.getStyleOfChar(at).contains(style);
    }

    private boolean underlined(CodeArea area) {
        for (int i = 0; i < area.getLength(); i++) {
            if (area.getStyleOfChar(i).contains("diagnostic-error")) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(quoteCharacter = '`', delimiter = '|', textBlock = """
            PYTHON | x = (              | )     | x
            LUA    | if ready then      | ` end` | then
            STANZA | reject "no" when ( | true) | reject
            """)
    void aNewTriggerShowsColoursAndADiagnosticThatClearsWhenFixed(Language language, String broken, String fix,
                                                                  String keyword) throws Exception {
        newTrigger("t_" + language.jsonName(), language);
        assertThat(Files.exists(project.resolve("triggers/t_" + language.jsonName() + "." + language.extension())))
                .isTrue();
        CodeArea area = codeArea();
        clickOn(area);
        shortcut(KeyCode.END);
        type(KeyCode.ENTER);
        if (language == Language.PYTHON) {
            push(KeyCode.SHIFT, KeyCode.TAB);
            interact(() -> area.replaceText(area.getCaretPosition() - area.getCaretColumn(), area.getCaretPosition(), ""));
        }
        write(broken);
        String keywordStyle = language == Language.PYTHON ? "identifier" : "keyword";
        waitUntil(() -> styledAs(area, keyword, keywordStyle) || language == Language.PYTHON);
        waitUntil(() -> underlined(area) && vm().problems().problems().stream().anyMatch(Diagnostic::isError),
                () -> "text: " + area.getText() + " problems: " + vm().problems().problems());
        CodeEditorView view = studio.window().activePane().orElseThrow().code();
        int squiggle = firstUnderlined(area);
        assertThat(view.hoverTextAt(squiggle)).isNotBlank();
        write(fix);
        push(KeyCode.ESCAPE);
        waitUntil(() -> !underlined(area));
        waitUntil(() -> vm().problems().problems().stream().noneMatch(d -> d.path().contains("t_" + language.jsonName())));
    }

    private static int firstUnderlined(CodeArea area) {
        for (int i = 0; i < area.getLength(); i++) {
            if (area.getStyleOfChar(i).contains("diagnostic-error")) {
                return i;
            }
        }
        return -1;
    }

    @org.junit.jupiter.api.Test
    void ctrlSpaceCompletesContextRecToContextRecords() {
        newTrigger("completes", Language.PYTHON);
        CodeArea area = codeArea();
        clickOn(area);
        shortcut(KeyCode.END);
        type(KeyCode.ENTER);
        write("await context.rec");
        shortcut(KeyCode.SPACE);
        waitUntil(() -> area.getText().contains("await context.records"), area::getText);
        assertThat(area.getText()).doesNotContain("context.recrecords");
    }

    @org.junit.jupiter.api.Test
    void typingADotOffersTheNamespaceAndEnterAcceptsTheChoice() {
        newTrigger("dotted", Language.PYTHON);
        CodeArea area = codeArea();
        clickOn(area);
        shortcut(KeyCode.END);
        type(KeyCode.ENTER);
        write("context.query.");
        waitUntil(() -> lookup(".completion-list").tryQuery().isPresent(), area::getText);
        type(KeyCode.ENTER);
        waitUntil(() -> area.getText().contains("context.query.sql"));
    }

    @org.junit.jupiter.api.Test
    void theListClosesAfterAnOpeningBracketAndDoesNotOpenAfterASpace() {
        newTrigger("quiet", Language.PYTHON);
        CodeArea area = codeArea();
        clickOn(area);
        shortcut(KeyCode.END);
        type(KeyCode.ENTER);
        write("context.");
        waitUntil(this::completionShowing, area::getText);
        write("log(");
        waitUntil(() -> area.getText().contains("context.log("), area::getText);
        assertThat(completionShowing()).as("the list after '('").isFalse();
        write("\"x\") ");
        assertThat(completionShowing()).as("the list after a space").isFalse();
    }

    @org.junit.jupiter.api.Test
    void completionOffersTheScriptsOwnVariables() {
        newTrigger("locals", Language.PYTHON);
        CodeArea area = codeArea();
        clickOn(area);
        shortcut(KeyCode.END);
        type(KeyCode.ENTER);
        write("lead_total = 3");
        type(KeyCode.ENTER);
        write("lead_t");
        shortcut(KeyCode.SPACE);
        waitUntil(() -> java.util.regex.Pattern.compile("lead_total = 3\n[ \t]*lead_total\\b").matcher(area.getText()).find(),
                area::getText);
    }

    private boolean completionShowing() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".completion-list").tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).orElse(false);
    }
}
