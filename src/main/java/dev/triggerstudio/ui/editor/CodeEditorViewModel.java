package dev.triggerstudio.ui.editor;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A script being edited: its text, its highlighting and the diagnostics of the language's own
 * checker. Both are computed in the background for a snapshot of the text; a result for an
 * older snapshot than the latest is dropped.
 */
public final class CodeEditorViewModel {
    /** Highlighting for the text of one generation. */
    public record Highlight(long generation, StyleSpans<Collection<String>> spans) {
    }

    private final Language language;
    private final String path;
    private final TaskExecutor executor;
    private final Optional<Function<String, List<Diagnostic>>> checker;
    private final Supplier<TriggerDef> trigger;
    private final Supplier<Project> project;
    private final Tokenizer tokenizer;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<List<Diagnostic>> diagnostics = new SimpleObjectProperty<>(List.of());
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong checkedGeneration = new AtomicLong(-1);

    public CodeEditorViewModel(Language language, String path, String initialText, TaskExecutor executor,
                               Optional<ScriptRuntime> runtime, Supplier<TriggerDef> trigger,
                               Supplier<Project> project) {
        this(language, Syntax.of(language), path, initialText, executor,
                runtime.map(rt -> (Function<String, List<Diagnostic>>) text -> List.copyOf(rt.check(
                        new ScriptSource(path, text, trigger.get()), new CheckContext(project.get())))),
                trigger, project);
    }

    /** An editor for any text with its own syntax and checker (JSON files use this). */
    public CodeEditorViewModel(Language language, Syntax syntax, String path, String initialText,
                               TaskExecutor executor, Optional<Function<String, List<Diagnostic>>> checker,
                               Supplier<TriggerDef> trigger, Supplier<Project> project) {
        this.language = language;
        this.path = path;
        this.executor = executor;
        this.checker = checker;
        this.trigger = trigger;
        this.project = project;
        this.tokenizer = new Tokenizer(syntax);
        text.set(initialText);
        text.addListener((o, a, b) -> generation.incrementAndGet());
    }

    /** Recomputes highlighting for the current text; call after typing pauses. */
    public void highlight() {
        long gen = generation.get();
        String snapshot = text.get();
        executor.submit(() -> Highlighter.spans(tokens(snapshot), snapshot.length()), spans -> {
            if (gen == generation.get()) {
                highlight.set(new Highlight(gen, spans));
            }
        });
    }

    /** Stanza's own lexer where it applies; the word-list tokenizer otherwise or if the lexer breaks. */
    private List<Token> tokens(String snapshot) {
        if (language == Language.STANZA) {
            try {
                return StanzaTokens.tokens(snapshot);
            } catch (RuntimeException e) {
                return tokenizer.tokens(snapshot);
            }
        }
        return tokenizer.tokens(snapshot);
    }

    /** Runs the checker on the current text; results for older text are dropped. */
    public void check() {
        if (checker.isEmpty()) {
            return;
        }
        long gen = generation.get();
        String snapshot = text.get();
        executor.submit(() -> runCheck(snapshot), found -> {
            if (gen == generation.get() && gen > checkedGeneration.get()) {
                checkedGeneration.set(gen);
                diagnostics.set(found);
            }
        });
    }

    private List<Diagnostic> runCheck(String snapshot) {
        try {
            return checker.orElseThrow().apply(snapshot);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.error(path, 1, 1, "the checker failed: " + e));
        }
    }

    public long generation() {
        return generation.get();
    }

    public boolean hasChecker() {
        return checker.isPresent();
    }

    public Completions completions(Collection<String> objectNames) {
        TriggerDef def = trigger.get();
        Project p = project.get();
        if (language == null) {
            return null;
        }
        return new Completions(language, def == null || p == null ? null : p.objects().get(def.object()), objectNames);
    }

    public Language language() {
        return language;
    }

    public String path() {
        return path;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public ObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics;
    }
}
