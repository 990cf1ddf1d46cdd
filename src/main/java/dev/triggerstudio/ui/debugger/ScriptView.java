package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.model.Language;
import dev.triggerstudio.ui.debugger.Recording.LineCost;
import dev.triggerstudio.ui.editor.Highlighter;
import dev.triggerstudio.ui.editor.Syntax;
import dev.triggerstudio.ui.editor.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The debugger's read-only script: the current line highlighted, executed lines marked, lines the
 * run never reached dimmed, and hits and time per line in the gutter beside the breakpoints.
 */
final class ScriptView extends BorderPane {
    private final CodeArea area = new CodeArea();
    private final Breakpoints breakpoints;
    private BreakpointGutter gutter;
    private String script;
    private String text;
    private Set<Integer> executed = Set.of();
    private Map<Integer, LineCost> costs = Map.of();

    ScriptView(Breakpoints breakpoints) {
        this.breakpoints = breakpoints;
        area.setEditable(false);
        area.setId("debugCode");
        area.getStyleClass().addAll("code", "debug-code");
        setCenter(new VirtualizedScrollPane<>(area));
    }

    CodeArea area() {
        return area;
    }

    /** Shows a frame: loads the script when it changed, then marks lines and moves to the current one. */
    void show(Frame f) {
        if (!f.script().equals(script) || !f.text().equals(text)) {
            load(f.script(), f.text());
        }
        if (f.executed() != executed || f.costs() != costs) {
            executed = f.executed();
            costs = f.costs();
            gutter.refresh();
        }
        markLines(f.line());
    }

    private void load(String newScript, String newText) {
        if (gutter != null) {
            gutter.dispose();
        }
        script = newScript;
        text = newText;
        area.replaceText(newText);
        Language lang = languageOf(newScript);
        if (lang != null && !newText.isEmpty()) {
            area.setStyleSpans(0, Highlighter.spans(new Tokenizer(Syntax.of(lang)).tokens(newText), newText.length()));
        }
        area.getStyleClass().removeAll("python", "lua", "stanza");
        if (lang != null) {
            area.getStyleClass().add(lang.jsonName());
        }
        gutter = BreakpointGutter.install(area, breakpoints, newScript);
        gutter.notes(new BreakpointGutter.LineNotes() {
            @Override
            public String text(int line) {
                LineCost c = costs.get(line);
                return c == null ? "" : c.hits() + "× " + millis(c.micros());
            }

            @Override
            public String tooltip(int line) {
                LineCost c = costs.get(line);
                return c == null ? null : LineCosts.describe(line, c);
            }
        });
    }

    private static Language languageOf(String script) {
        for (Language l : Language.values()) {
            if (script.endsWith("." + l.extension())) {
                return l;
            }
        }
        return null;
    }

    static String millis(long micros) {
        return micros < 1000 ? micros + " µs" : String.format("%.1f ms", micros / 1000.0);
    }

    private void markLines(int current) {
        int n = area.getParagraphs().size();
        for (int i = 0; i < n; i++) {
            int line = i + 1;
            String style = line == current ? "debug-current" : executed.contains(line) ? "debug-executed" : "debug-unreached";
            if (!area.getParagraph(i).getParagraphStyle().contains(style)) {
                area.setParagraphStyle(i, List.of(style));
            }
        }
        if (current >= 1 && current <= n) {
            area.moveTo(current - 1, 0);
            area.requestFollowCaret();
        }
    }

    /** The style of a 1-based line: debug-current, debug-executed or debug-unreached (for tests). */
    String lineStyle(int line) {
        var styles = area.getParagraph(line - 1).getParagraphStyle();
        return styles.isEmpty() ? "" : styles.iterator().next();
    }

    String script() {
        return script;
    }
}
