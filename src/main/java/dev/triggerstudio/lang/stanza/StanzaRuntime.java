package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.lang.ScriptWrite;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stanza, Gospel's restricted trigger language, behind the engine's language SPI. */
public final class StanzaRuntime implements ScriptRuntime {

    @Override
    public Language language() {
        return Language.STANZA;
    }

    /**
     * Syntax errors and checker findings together, in source order: the lines that parsed are
     * checked even when others did not, so one pass shows everything.
     */
    @Override
    public List<Diagnostic> check(ScriptSource source, CheckContext context) {
        Script script = Parser.parse(source.text());
        List<StanzaError> findings = new ArrayList<>(script.errors());
        findings.addAll(Checker.check(script, context == null ? null : context.project(), source.trigger()));
        findings.sort(Comparator.comparingInt(e -> e.token().offset()));
        return findings.stream().map(e -> e.toDiagnostic(source.path())).toList();
    }

    @Override
    public CompiledScript compile(ScriptSource source) {
        Script script = Parser.parse(source.text());
        if (script.hasErrors()) {
            StanzaError first = script.errors().getFirst();
            String more = script.errors().size() > 1 ? " (and " + (script.errors().size() - 1) + " more)" : "";
            throw new ScriptException(ScriptException.Kind.FAILED, source.path() + ":" + first.line() + ":"
                    + first.column() + ": " + first.getMessage() + more, source.path(), first.line(), first.column());
        }
        return new CompiledStanza(script, source.path(), source.trigger());
    }

    @Override
    public List<ScriptWrite> writes(ScriptSource source) {
        return StanzaWrites.scan(source.trigger(), source.text());
    }
}
