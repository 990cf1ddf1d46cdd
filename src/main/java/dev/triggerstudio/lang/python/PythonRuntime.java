package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.lang.ScriptWrite;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import java.util.List;

/**
 * Python triggers in the Valstorm dialect on GraalPy, in a CONSTRAINED sandbox. See
 * {@code docs/python.md}.
 */
public final class PythonRuntime implements ScriptRuntime {

    /**
     * Starts GraalPy on background threads and returns at once: the checker's context and the
     * context that runs triggers. The IDE and the commands that run triggers call it at start so
     * that the first Python trigger rarely waits for the interpreter.
     */
    public static void warmUp() {
        PythonEngine.start(true);
    }

    /** Starts only what checking needs (no context to run triggers in), for {@code check}. */
    public static void warmUpChecker() {
        PythonEngine.start(false);
    }

    @Override
    public Language language() {
        return Language.PYTHON;
    }

    @Override
    public List<Diagnostic> check(ScriptSource source, CheckContext context) {
        return PythonChecker.check(source.path(), source.text(), new PythonEngine.WaitClock());
    }

    @Override
    public CompiledScript compile(ScriptSource source) {
        PythonEngine.WaitClock wait = new PythonEngine.WaitClock();
        for (Diagnostic d : PythonChecker.check(source.path(), source.text(), wait)) {
            if (d.isError()) {
                throw new ScriptException(ScriptException.Kind.FAILED, d.message(), source.path(), d.line(), d.column());
            }
        }
        return new PythonScript(source, wait, PythonChecker.reach(source.path(), source.text(), wait));
    }

    @Override
    public List<ScriptWrite> writes(ScriptSource source) {
        return PythonWrites.scan(source.trigger(), source.text());
    }
}
