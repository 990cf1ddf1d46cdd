package dev.triggerstudio.ui.main;

import dev.triggerstudio.ui.automation.AutomationEditorView;
import dev.triggerstudio.ui.automation.AutomationEditorViewModel;
import dev.triggerstudio.ui.debugger.BreakpointGutter;
import dev.triggerstudio.ui.debugger.Breakpoints;
import dev.triggerstudio.ui.editor.CodeEditorView;
import dev.triggerstudio.ui.json.JsonDocumentViewModel;
import dev.triggerstudio.ui.object.ObjectEditorView;
import dev.triggerstudio.ui.object.ObjectEditorViewModel;
import dev.triggerstudio.ui.runwhen.RunWhenView;
import dev.triggerstudio.ui.tests.CoverageGutter;
import dev.triggerstudio.ui.tests.CoverageMarks;
import dev.triggerstudio.ui.trigger.TriggerEditorViewModel;
import dev.triggerstudio.ui.trigger.TriggerInspector;
import dev.triggerstudio.ui.workspace.Document;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/** The views of one open document: the editor in the tab and what the inspector shows beside it. */
public record EditorPane(Document document, Node editor, Node inspector, CodeEditorView code) {

    static EditorPane of(Document d, MainViewModel main) {
        Supplier<Collection<String>> objects = () -> main.workspace().project() == null ? List.of()
                : main.workspace().project().objects().keySet();
        return switch (d) {
            case TriggerEditorViewModel t -> {
                CodeEditorView code = new CodeEditorView(t.code(), objects);
                // the same breakpoints as the debugger's: a click in this gutter sets one there too
                BreakpointGutter gutter = BreakpointGutter.install(code.area(), Breakpoints.of(main.workspace().root()),
                        t.code().path()).followEdits();
                code.getProperties().put(BreakpointGutter.class, gutter);
                code.getProperties().put(CoverageGutter.class, CoverageGutter.attach(code.area(), gutter,
                        CoverageMarks.of(main.workspace().root()), t.code().path()));
                t.code().diagnosticsProperty().addListener((o, a, b) -> main.problems().setLive(t.code().path(), b));
                TriggerInspector inspector = new TriggerInspector(t, userIds(main));
                dev.triggerstudio.ui.insight.BuilderLens.attach(inspector.tabs(), t.runWhen().revisionProperty(), t::current,
                        main.workspace()::project, main.runtimes(), main.executor());
                yield new EditorPane(d, code, inspector, code);
            }
            case JsonDocumentViewModel j -> {
                CodeEditorView code = new CodeEditorView(j.code(), objects);
                yield new EditorPane(d, code, note("JSON checked against the shape of " + j.files().getFirst()
                        + " as ./studio check does; problems are underlined."), code);
            }
            case ObjectEditorViewModel o -> new EditorPane(d, new ObjectEditorView(o),
                    note("Fields marked hidden are left out of tables but offered in the Run When builder."), null);
            case AutomationEditorViewModel a -> new EditorPane(d, scroll(new AutomationEditorView(a)),
                    scroll(new RunWhenView(a.runWhen())), null);
            default -> new EditorPane(d, new Label(d.title()), note(""), null);
        };
    }

    private static List<String> userIds(MainViewModel main) {
        return main.workspace().users().stream().map(dev.triggerstudio.model.User::id).toList();
    }

    private static Node scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    private static Node note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        l.setPadding(new javafx.geometry.Insets(12));
        return l;
    }

    void dispose() {
        if (code != null) {
            code.dispose();
            if (code.getProperties().get(BreakpointGutter.class) instanceof BreakpointGutter g) {
                g.dispose();
            }
            if (code.getProperties().get(CoverageGutter.class) instanceof CoverageGutter c) {
                c.dispose();
            }
        }
    }
}
