package dev.triggerstudio.engine;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import java.util.HashMap;
import java.util.Map;

/**
 * Each trigger's script, compiled the first time it runs and kept for every later chunk and batch
 * of the same simulator. A script that does not compile fails the operation that needed it.
 */
final class CompiledTriggers implements AutoCloseable {
    private final Project project;
    private final ScriptRuntimes runtimes;
    private final Map<String, CompiledScript> compiled = new HashMap<>();

    CompiledTriggers(Project project, ScriptRuntimes runtimes) {
        this.project = project;
        this.runtimes = runtimes;
    }

    CompiledScript of(TriggerDef t) {
        CompiledScript c = compiled.get(t.id());
        if (c == null) {
            try {
                c = compile(t);
            } catch (ScriptException e) {
                throw new Refusal(Refusal.Kind.FAILED, TriggerRunner.oneLine(e.getMessage()), t.source(), e.line() > 0 ? e.line() : null);
            }
            compiled.put(t.id(), c);
        }
        return c;
    }

    private CompiledScript compile(TriggerDef t) {
        ScriptRuntime runtime = runtimes.get(t.language()).orElseThrow(() -> ScriptException.failed(
                "no runtime for " + t.language().jsonName() + " triggers is installed", t.scriptPath(), 0));
        return runtime.compile(new ScriptSource(t.scriptPath(), project.script(t.id()), t));
    }

    @Override
    public void close() {
        compiled.values().forEach(CompiledScript::close);
        compiled.clear();
    }
}
