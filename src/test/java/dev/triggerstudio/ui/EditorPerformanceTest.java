package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.ui.trigger.NewTriggerViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;

/**
 * Keystroke-to-repaint in a 5 000-line script, next to a 50-line baseline measured in the same
 * run. A keystroke is a KEY_TYPED event delivered to the code area on the FX thread; the repaint
 * is the end of the next pulse's layout (after which the frame is handed to the renderer). The
 * figures go to target/editor-performance.md; nothing here asserts a time.
 */
class EditorPerformanceTest extends StudioUiTest {
    static final int KEYSTROKES = 60;

    static String script(int lines) {
        StringBuilder b = new StringBuilder("from valstorm.trigger_context import RecordTriggerContext\n\n\n"
                + "async def execute(context: RecordTriggerContext):\n");
        for (int i = 0; b.toString().split("\n", -1).length < lines && i < lines; i++) {
            b.append("    total_").append(i).append(" = sum(r.get('total', 0) for r in context.new_map.values())"
                    + "  # line ").append(i).append('\n');
        }
        return b.toString();
    }

    private void open(String id, String text) {
        interact(() -> {
            NewTriggerViewModel n = vm().newTrigger();
            n.idProperty().set(id);
            n.objectProperty().set("invoice");
            n.languageProperty().set(Language.PYTHON);
            n.timingProperty().set(Timing.BEFORE);
            vm().createTrigger(n.create().orElseThrow());
            codeArea().replaceText(text);
            codeArea().moveTo(codeArea().getLength() / 2);
            codeArea().requestFocus();
        });
        waitUntil(() -> codeArea().getStyleOfChar(codeArea().getLength() - 20).size() > 0);
    }

    /** Milliseconds the FX thread spends handling each keystroke (the IDE's own work, before the pulse). */
    private final List<Double> handling = new ArrayList<>();

    /** Milliseconds from each keystroke to the end of the layout of the pulse that shows it. */
    private List<Double> keystrokes(CodeArea area) throws Exception {
        Scene scene = area.getScene();
        handling.clear();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < KEYSTROKES; i++) {
            CompletableFuture<Double> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    done.complete((System.nanoTime() - t0) / 1e6);
                };
                scene.addPostLayoutPulseListener(listener[0]);
                area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "x", "x", KeyCode.UNDEFINED, false, false, false, false));
                handling.add((System.nanoTime() - t0) / 1e6);
                Platform.requestNextPulse();
            });
            ms.add(done.get(30, TimeUnit.SECONDS));
            Thread.sleep(25);
        }
        return ms;
    }

    /** The same keystrokes into a bare CodeArea outside any window: RichTextFX's own cost, for comparison. */
    private List<Double> bareInsertions(String text) {
        List<Double> ms = new ArrayList<>();
        interact(() -> {
            CodeArea bare = new CodeArea(text);
            int at = text.length() / 2;
            for (int i = 0; i < KEYSTROKES; i++) {
                long t0 = System.nanoTime();
                bare.replaceText(at, at, "x");
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        });
        return ms;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
    }

    /** Milliseconds from a keystroke until the re-highlighted text is on screen (includes the 80 ms debounce). */
    private double highlightLatency(CodeArea area) throws Exception {
        long gen = studio.window().activePane().orElseThrow().code().viewModel().generation();
        long t0 = System.nanoTime();
        interact(() -> area.replaceText(area.getCaretPosition(), area.getCaretPosition(), "# "));
        waitUntil(() -> {
            var h = studio.window().activePane().orElseThrow().code().viewModel().highlightProperty().get();
            return h != null && h.generation() > gen;
        });
        return (System.nanoTime() - t0) / 1e6;
    }

    @Test
    void measuresKeystrokeToRepaintInA5000LineScript() throws Exception {
        open("small_script", script(50));
        keystrokes(codeArea());
        List<Double> small = keystrokes(codeArea());
        List<Double> smallHandling = List.copyOf(handling);
        double smallHighlight = highlightLatency(codeArea());
        open("large_script", script(5000));
        assertThat(codeArea().getParagraphs()).hasSizeGreaterThanOrEqualTo(5000);
        keystrokes(codeArea());
        List<Double> large = keystrokes(codeArea());
        List<Double> largeHandling = List.copyOf(handling);
        double largeHighlight = highlightLatency(codeArea());
        double bareLarge = percentile(bareInsertions(script(5000)), .5);
        java.util.concurrent.atomic.AtomicReference<CodeArea> plain = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            CodeArea a = new CodeArea(script(5000));
            stage.setScene(new Scene(new org.fxmisc.flowless.VirtualizedScrollPane<>(a), 800, 600));
            stage.show();
            a.moveTo(a.getLength() / 2);
            a.requestFollowCaret();
            a.requestFocus();
            plain.set(a);
        });
        keystrokes(plain.get());
        List<Double> plainRepaint = keystrokes(plain.get());
        List<Double> plainHandling = List.copyOf(handling);
        interact(() -> plain.get().getScene().getWindow().hide());
        String report = "Bare RichTextFX insertion into 5 000 lines (no window, no listeners), median: "
                + String.format(java.util.Locale.ROOT, "%.2f ms", bareLarge) + "\n\n"
                + String.format(java.util.Locale.ROOT, "A plain RichTextFX CodeArea with 5 000 lines in its own window"
                + " (no IDE listeners): keystroke→repaint median %.1f ms, p95 %.1f ms; FX-thread handling median %.2f ms.%n%n",
                percentile(plainRepaint, .5), percentile(plainRepaint, .95), percentile(plainHandling, .5))
                + String.format(java.util.Locale.ROOT, """
                | script | keystroke→repaint median | p95 | max | FX-thread handling median | p95 | keystroke→highlighted |
                |---|---|---|---|---|---|---|
                | 50 lines (baseline) | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %.2f ms | %.0f ms |
                | 5 000 lines | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %.2f ms | %.0f ms |
                | ratio 5 000 / 50 | %.2f× | %.2f× | | %.2f× | | |
                """, percentile(small, .5), percentile(small, .95), percentile(small, 1), percentile(smallHandling, .5),
                percentile(smallHandling, .95), smallHighlight,
                percentile(large, .5), percentile(large, .95), percentile(large, 1), percentile(largeHandling, .5),
                percentile(largeHandling, .95), largeHighlight,
                percentile(large, .5) / percentile(small, .5), percentile(large, .95) / percentile(small, .95),
                percentile(largeHandling, .5) / percentile(smallHandling, .5));
        System.out.println(report);
        Path out = Path.of("target", "editor-performance.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(large).hasSize(KEYSTROKES);
    }
}
