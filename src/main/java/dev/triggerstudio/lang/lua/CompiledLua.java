package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.ObjectDef;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * A Lua trigger compiled once; each record of an invocation runs it in the same sandboxed globals,
 * put back before each record exactly as they were built, so a record's run cannot leave state for
 * the next one (Gospel runs triggers per record). Each invocation builds its own sandbox.
 */
final class CompiledLua implements CompiledScript {
    private final Prototype prototype;
    private final String path;

    CompiledLua(Prototype prototype, String path) {
        this.prototype = prototype;
        this.path = path;
    }

    @Override
    public RunStats run(Invocation invocation, ScriptHost host) {
        RunGuard guard = new RunGuard(invocation.timeoutMs());
        SafeStrings.protect();
        ObjectDef def = host.objectDef(invocation.trigger().object());
        long seed = host.project() == null ? 0 : host.project().settings().effectiveSeed();
        GuardHook hook = new GuardHook(guard, path);
        Sandbox sandbox = Sandbox.create(hook, print(host, hook), context(invocation),
                new GospelModule(host, hook).module());
        try {
            for (int i = 0; i < invocation.records().size(); i++) {
                runRecord(invocation.trigger().object(), def, invocation.records().get(i), sandbox, hook, seed + i);
            }
        } finally {
            guard.leave();
        }
        return new RunStats(guard.instructions(), 0);
    }

    private void runRecord(String object, ObjectDef def, RecordPair pair, Sandbox sandbox, GuardHook hook, long seed) {
        hook.enter();
        LuaMessages.Normaliser errors = new LuaMessages.Normaliser(hook);
        LuaValue record = LuaRecord.wrap(new LuaRecord.Ref(object, def, pair.record(), true, true));
        LuaValue old = pair.old() == null ? LuaValue.NIL
                : LuaRecord.wrap(new LuaRecord.Ref(object, def, pair.old(), false, true));
        Globals g = sandbox.prepare(record, old, seed, errors);
        try {
            new LuaClosure(prototype, g).call();
        } catch (LuaAbort e) {
            throw exception(e.kind(), e.getMessage(), e.line(), e);
        } catch (LuaError e) {
            throw exception(ScriptException.Kind.FAILED, LuaMessages.normalise(e.getMessage()), errors.line(), e);
        } catch (StackOverflowError e) {
            throw exception(ScriptException.Kind.FAILED, "stack overflow", hook.scriptLine(), null);
        } catch (OutOfMemoryError e) {
            throw exception(ScriptException.Kind.FAILED, "out of memory: the script built too much data",
                    hook.scriptLine(), null);
        }
    }

    /** A ScriptException whose message starts with {@code path:line:} as Lua users expect. */
    private ScriptException exception(ScriptException.Kind kind, String message, int line, Throwable cause) {
        String prefix = path + ":";
        if (line == 0 && message.startsWith(prefix)) {
            line = leadingNumber(message.substring(prefix.length()));
        }
        String text = message.startsWith(prefix) ? message : prefix + line + ": " + message;
        ScriptException e = new ScriptException(kind, text, path, line);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, Math.min(end, 9)));
    }

    /** Built once per invocation; the sandbox puts it back as it was before each record. */
    private static LuaTable context(Invocation invocation) {
        LuaTable c = new LuaTable();
        c.set("timing", invocation.timing().jsonName());
        c.set("event", invocation.event().jsonName());
        c.set("user", LuaValues.toLua(invocation.user()));
        c.set("trigger", invocation.trigger().id());
        c.set("object", invocation.trigger().object());
        return c;
    }

    /**
     * print writes an info line to the trace, its arguments joined by tabs as in Lua. A refusal of
     * the host (the log is full) ends the script as gospel.log's does: uncatchable by pcall.
     */
    private static VarArgFunction print(ScriptHost host, GuardHook hook) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= args.narg(); i++) {
                    line.append(i > 1 ? "\t" : "").append(args.arg(i).tojstring());
                }
                try {
                    host.log("info", line.toString());
                } catch (ScriptException e) {
                    throw new LuaAbort(e.kind(), e.getMessage(), hook.scriptLine(), e);
                }
                return NONE;
            }
        };
    }
}
