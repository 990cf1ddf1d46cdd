package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.LineRecorder;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.ObjectDef;
import java.util.concurrent.atomic.AtomicReference;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;

/**
 * A Lua trigger compiled once; each record runs in the trigger's sandboxed globals, put back before
 * each record exactly as they were built, so a record's run cannot leave state for the next one
 * (Gospel runs triggers per record). The sandbox is reused from invocation to invocation.
 */
final class CompiledLua implements CompiledScript {
    private final Prototype prototype;
    private final String path;
    /**
     * The sandbox of the last invocation that ran to the end, put back as built; taken by the next
     * one. An invocation that failed drops its sandbox; one that finds none here (a nested run of
     * the same trigger, another thread) builds its own.
     */
    private final AtomicReference<Sandbox> idle = new AtomicReference<>();

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
        Sandbox taken = idle.getAndSet(null);
        Sandbox sandbox = taken != null ? taken : Sandbox.create(path);
        sandbox.bind(guard, host, context(invocation));
        boolean ranToTheEnd = false;
        try {
            for (int i = 0; i < invocation.records().size(); i++) {
                runRecord(invocation.trigger().object(), def, invocation.records().get(i), sandbox, seed + i,
                        host.lines(), guard, i);
            }
            ranToTheEnd = true;
        } finally {
            guard.leave();
            if (ranToTheEnd) {
                sandbox.release();
                idle.set(sandbox);
            }
        }
        return new RunStats(guard.instructions(), 0);
    }

    private void runRecord(String object, ObjectDef def, RecordPair pair, Sandbox sandbox, long seed,
                           LineRecorder recorder, RunGuard guard, int index) {
        GuardHook hook = sandbox.hook();
        hook.enter();
        LuaMessages.Normaliser errors = new LuaMessages.Normaliser(hook);
        java.util.function.Consumer<String> onWrite = recorder == null ? null : field -> {
            if (hook.lines() != null) {
                hook.lines().wrote(field, hook.scriptLine());
            }
        };
        LuaValue record = LuaRecord.wrap(new LuaRecord.Ref(object, def, pair.record(), true, true, onWrite));
        LuaValue old = pair.old() == null ? LuaValue.NIL
                : LuaRecord.wrap(new LuaRecord.Ref(object, def, pair.old(), false, true));
        LuaTable g = sandbox.prepare(record, old, seed, errors);
        LuaLines lines = recorder == null ? null : new LuaLines(recorder, path, guard, g, index);
        hook.record(lines);
        try {
            sandbox.chunk(prototype).call();
        } catch (LuaAbort e) {
            throw exception(e.kind(), e.getMessage(), e.line(), e);
        } catch (LuaError e) {
            throw exception(ScriptException.Kind.FAILED, LuaMessages.normalise(e.getMessage()), errors.line(), e);
        } catch (StackOverflowError e) {
            throw exception(ScriptException.Kind.FAILED, "stack overflow", hook.scriptLine(), null);
        } catch (OutOfMemoryError e) {
            throw exception(ScriptException.Kind.FAILED, "out of memory: the script built too much data",
                    hook.scriptLine(), null);
        } finally {
            if (lines != null) {
                lines.end();
                hook.record(null);
            }
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
}
