package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.TriggerDef;

/** A parsed Stanza script, run once per record of each invocation with a fresh fuel budget. */
final class CompiledStanza implements CompiledScript {

    private final Script script;
    private final String path;
    private final TriggerDef compiledFor;

    CompiledStanza(Script script, String path, TriggerDef compiledFor) {
        this.script = script;
        this.path = path;
        this.compiledFor = compiledFor;
    }

    @Override
    public RunStats run(Invocation invocation, ScriptHost host) {
        TriggerDef trigger = invocation.trigger() != null ? invocation.trigger() : compiledFor;
        String object = trigger == null ? null : trigger.object();
        long used = 0;
        int index = 0;
        for (RecordPair pair : invocation.records()) {
            Fuel fuel = new Fuel(invocation.fuel(), invocation.timeoutMs());
            Interpreter interpreter = new Interpreter(host, path, object, fuel, pair.record(), pair.old(),
                    invocation.user());
            interpreter.record(host.lines(), index++);
            try {
                interpreter.run(script);
            } catch (StanzaError e) {
                throw new ScriptException(ScriptException.Kind.FAILED, at(e.line(), e.column()) + e.getMessage(), path,
                        e.line(), e.column());
            } catch (ScriptException e) {
                throw located(e, interpreter.currentStatement());
            } finally {
                used += fuel.used();
            }
        }
        return new RunStats(used, 0);
    }

    /**
     * The host does not know Stanza lines; a refusal it raises belongs to the statement running. A
     * failure then reads {@code path:line:col: message} like a compile error; a rejection keeps the
     * words the script gave, which are meant for the end user.
     */
    private ScriptException located(ScriptException e, Token statement) {
        if (e.line() > 0 || statement == null) {
            return e;
        }
        String message = e.kind() == ScriptException.Kind.FAILED
                ? at(statement.line(), statement.column()) + e.getMessage() : e.getMessage();
        return new ScriptException(e.kind(), message, path, statement.line(), statement.column());
    }

    private String at(int line, int column) {
        return path + ":" + line + ":" + column + ": ";
    }

    Script script() {
        return script;
    }
}
