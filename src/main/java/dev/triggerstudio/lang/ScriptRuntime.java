package dev.triggerstudio.lang;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import java.util.List;

/**
 * One trigger language. Implementations are found with {@link java.util.ServiceLoader}
 * (see {@link ScriptRuntimes}); each must have a public no-argument constructor and be cheap to
 * create: expensive shared state (a GraalPy engine) is kept static inside the implementation.
 */
public interface ScriptRuntime {

    Language language();

    /**
     * Compile-only diagnostics for {@code ./studio check} and the editors. Never runs user code.
     * Positions are 1-based; {@link Diagnostic#path()} is {@link ScriptSource#path()}.
     */
    List<Diagnostic> check(ScriptSource source, CheckContext context);

    /**
     * Compiles a script once per simulation. A syntax error throws {@link ScriptException} of kind
     * FAILED with the line.
     */
    CompiledScript compile(ScriptSource source);

    /**
     * Every place the script writes records, found by reading it (never by running it), for the
     * cascade graph and {@code check}. A script that does not parse has none: its syntax errors
     * come from {@link #check}. A language that cannot read its writes contributes none.
     */
    default List<ScriptWrite> writes(ScriptSource source) {
        return List.of();
    }
}
