package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.ui.trigger.NewTriggerViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;

/**
 * Produces docs/screenshots/*.png from the real window under Xvfb; the README shows them. Screens
 * are captured from the display, so popups (the diagnostic hover) are in the picture.
 */
class ScreenshotTest extends StudioUiTest {
    static final String PYTHON = """
            from valstorm.trigger_context import RecordTriggerContext
            from fastapi import HTTPException


            async def execute(context: RecordTriggerContext):
                \"\"\"Before update of invoice: paid invoices need a due date.\"\"\"
                if 'Before' not in context.trigger_context:
                    return
                for record_id, record in context.new_map.items():
                    old = context.old_map.get(record_id, {})
                    if record.get('status') == 'Paid' and not record.get('due':
                        raise HTTPException(400, "Paid invoices need a due date")
                    if old.get('status') != record.get('status'):
                        context.log(f"{record_id}: {old.get('status')} -> {record['status']}")
            """;
    static final String LUA = """
            -- After update of invoice: check the account of paid invoices.
            local gospel = require("gospellua")

            if record.status == "Paid" and old.status ~= "Paid" then
              local account = gospel.loadRecord("account", record.account.id)
              if account == nil then
                gospel.rejectTransaction("Unknown account " .. record.account.id)
                return
              end
              gospel.log("paid " .. record.number
            end
            """;
    static final String STANZA = """
            // Before create/update of invoice: keep totals positive and statuses known.
            reject "Total must be positive" when record.total lt 0
            reject "Unknown status" when not (record.status in ["Draft", "Sent", "Paid"])
            if records.account(record.account).fields.tier eq "gold" then set record.note = "gold customer"
            set record.total = record.total *
            log "checked " + record.number
            """;

    private Path shot(String name) {
        Stage stage = studio.stage();
        WritableImage image = capture(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .getImage() instanceof WritableImage w ? w : null;
        Path file = image == null ? Screenshots.save(this, stage.getScene(), name) : Screenshots.write(image, name);
        assertThat(file).exists();
        return file;
    }

    private void newTrigger(String id, Language language, Timing timing, String script) {
        interact(() -> {
            NewTriggerViewModel n = vm().newTrigger();
            n.idProperty().set(id);
            n.objectProperty().set("invoice");
            n.languageProperty().set(language);
            n.timingProperty().set(timing);
            vm().createTrigger(n.create().orElseThrow());
            codeArea().replaceText(script);
        });
    }

    private void hoverFirstDiagnostic() {
        CodeArea area = codeArea();
        waitUntil(() -> firstUnderlined(area) >= 0, () -> "diagnostics: "
                + studio.window().activePane().orElseThrow().code().viewModel().diagnosticsProperty().get());
        int at = firstUnderlined(area);
        java.util.concurrent.atomic.AtomicReference<Optional<Bounds>> b = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> b.set(area.getCharacterBoundsOnScreen(at, at + 1)));
        Bounds bounds = b.get().orElseThrow();
        moveTo(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY() + 2));
        waitUntil(() -> lookup("#diagnostic-hover").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    }

    private static int firstUnderlined(CodeArea area) {
        for (int i = 0; i < area.getLength(); i++) {
            if (area.getStyleOfChar(i).contains("diagnostic-error")) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void mainWindowLightAndDark() throws Exception {
        open("triggers/invoice_totals.json");
        clickOn("#tab-run-when");
        // the lens counts matching records once edits pause: shoot it counted, not counting
        waitUntil(() -> lookup("#runwhen-lens-count").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().contains(" of ")).orElse(false));
        Path light = shot("main-window-light");
        clickOn("#theme-toggle");
        // the screen shows the new theme a pulse or more after the click: a busy machine shot the old one
        waitUntil(() -> {
            try {
                return Files.mismatch(light, shot("main-window-dark")) != -1L;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, () -> "the dark shot stayed identical to the light one");
        assertThat(((javafx.scene.control.ToggleButton) lookup("#theme-toggle").query()).isSelected()).isTrue();
    }

    @Test
    void pythonEditorWithADiagnostic() {
        newTrigger("paid_needs_due", Language.PYTHON, Timing.BEFORE, PYTHON);
        hoverFirstDiagnostic();
        shot("editor-python");
    }

    @Test
    void luaEditorWithADiagnostic() {
        newTrigger("check_account", Language.LUA, Timing.AFTER, LUA);
        hoverFirstDiagnostic();
        shot("editor-lua");
    }

    @Test
    void stanzaEditorWithADiagnostic() {
        clickOn("#theme-toggle");
        newTrigger("tidy_invoice", Language.STANZA, Timing.BEFORE, STANZA);
        hoverFirstDiagnostic();
        shot("editor-stanza");
    }

    @Test
    void runWhenBuilder() {
        open("triggers/invoice_totals.json");
        clickOn("#tab-run-when");
        clickOn("#add-condition");
        clickOn("#add-condition");
        var rows = lookup(".condition-row").queryAll().stream().toList();
        choose(from(rows.get(1)).lookup(".condition-field").queryAs(ComboBox.class), "Total");
        choose(from(rows.get(1)).lookup(".condition-predicate").queryAs(ComboBox.class), "is greater than");
        clickOn(from(rows.get(1)).lookup(".condition-value").queryAs(TextField.class)).write("1000").type(KeyCode.ENTER);
        rows = lookup(".condition-row").queryAll().stream().toList();
        choose(from(rows.get(2)).lookup(".condition-field").queryAs(ComboBox.class), "Status");
        choose(from(rows.get(2)).lookup(".condition-predicate").queryAs(ComboBox.class), "is one of");
        clickOn("#match-any");
        shot("run-when-builder");
    }

    @Test
    void permissionsPanel() {
        open("triggers/invoice_totals.json");
        clickOn("#tab-permissions");
        choose(lookup("#grant-group").queryAs(ComboBox.class), "sales");
        choose(lookup("#grant-access").queryAs(ComboBox.class), "read this definition");
        clickOn("#grant");
        shot("permissions-panel");
        choose(lookup("#acting-user").queryAs(ComboBox.class), "carol · finance");
        open("triggers/audit_paid.json");
        clickOn("#tab-permissions");
        shot("permissions-refused");
    }
}
