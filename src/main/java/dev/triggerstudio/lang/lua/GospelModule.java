package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.ObjectDef;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * {@code require("gospellua")} and {@code print}: Gospel's trigger API over the engine's {@link ScriptHost}
 * of the invocation using the sandbox. Reads go
 * through the store with the trigger actor's permissions; insert and commit run nested operations.
 * A refusal or failure of the host stops the script with a {@link LuaAbort} that pcall cannot catch:
 * the nested operation has already been rolled back and the trigger's own operation must be too.
 */
final class GospelModule {
    private final GuardHook hook;
    private ScriptHost host;

    GospelModule(GuardHook hook) {
        this.hook = hook;
    }

    /** The host of the invocation now using the sandbox (null between invocations). */
    void bind(ScriptHost host) {
        this.host = host;
    }

    /**
     * print writes an info line to the trace, its arguments joined by tabs as in Lua. A refusal of
     * the host (the log is full) ends the script as gospel.log's does: uncatchable by pcall.
     */
    LuaValue print() {
        return fn(args -> {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= args.narg(); i++) {
                line.append(i > 1 ? "\t" : "").append(args.arg(i).tojstring());
            }
            try {
                host.log("info", line.toString());
            } catch (ScriptException e) {
                throw new LuaAbort(e.kind(), e.getMessage(), hook.scriptLine(), e);
            }
            return LuaValue.NONE;
        });
    }

    /** The module table, built once per sandbox; the sandbox restores it before each record. */
    LuaTable module() {
        LuaTable m = new LuaTable();
        m.set("loadRecord", fn(args -> loadRecord(args.checkjstring(1), args.checkjstring(2))));
        m.set("existsRecord", fn(args -> {
            String object = object(args.checkjstring(1)).apiName();
            String id = args.checkjstring(2);
            return LuaValue.valueOf(call(() -> host.existsRecord(object, id)));
        }));
        m.set("loadRecordDefinition", fn(args -> {
            ObjectDef def = host.objectDef(args.checkjstring(1));
            return def == null ? LuaValue.NIL : LuaDefinition.wrap(def);
        }));
        m.set("rejectTransaction", fn(args -> {
            String message = args.arg1().isnil() ? "Transaction rejected" : args.arg1().tojstring();
            call(() -> {
                host.reject(message, hook.scriptLine());
                return null;
            });
            return LuaValue.NONE;
        }));
        m.set("insert", fn(args -> insert(args.checkjstring(1), args.arg(2))));
        m.set("commit", fn(args -> commit(LuaRecord.ref(args.arg1(), "commit"))));
        m.set("log", fn(args -> {
            String level = args.optjstring(2, "info");
            call(() -> {
                host.log(level, args.arg1().tojstring());
                return null;
            });
            return LuaValue.NONE;
        }));
        return m;
    }

    private ObjectDef object(String name) {
        ObjectDef def = host.objectDef(name);
        if (def == null) {
            throw new LuaError("unknown record definition '" + name + "'");
        }
        return def;
    }

    private LuaValue loadRecord(String object, String id) {
        ObjectDef def = object(object);
        Map<String, Object> found = call(() -> host.loadRecord(def.apiName(), id));
        return found == null ? LuaValue.NIL : LuaRecord.wrap(new LuaRecord.Ref(def.apiName(), def,
                new java.util.LinkedHashMap<>(found), true, false));
    }

    private LuaValue insert(String object, LuaValue values) {
        ObjectDef def = object(object);
        Map<String, Object> fields = values.isuserdata()
                ? new java.util.LinkedHashMap<>(LuaRecord.ref(values, "insert").values())
                : LuaValues.fields(values, "insert");
        Map<String, Object> write = LuaRecord.forWrite(def, fields);
        write.remove("id");
        return saved(def, call(() -> host.create(def.apiName(), List.of(write))));
    }

    private LuaValue commit(LuaRecord.Ref record) {
        ObjectDef def = object(record.object());
        Map<String, Object> write = LuaRecord.forWrite(def, record.values());
        Object id = write.get("id");
        boolean exists = id != null && call(() -> host.existsRecord(def.apiName(), id.toString()));
        if (!exists) {
            write.remove("id");
        }
        return saved(def, call(() -> exists
                ? host.update(def.apiName(), List.of(write))
                : host.create(def.apiName(), List.of(write))));
    }

    private static LuaValue saved(ObjectDef def, List<Map<String, Object>> records) {
        if (records == null || records.isEmpty()) {
            return LuaValue.NIL;
        }
        return LuaRecord.wrap(new LuaRecord.Ref(def.apiName(), def,
                new java.util.LinkedHashMap<>(records.getFirst()), true, true));
    }

    /** Runs a host call; its refusals and failures end the script where pcall cannot catch them. */
    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (LuaError e) {
            throw e;
        } catch (ScriptException e) {
            throw new LuaAbort(e.kind(), e.getMessage(), hook.scriptLine(), e);
        } catch (RuntimeException e) {
            throw new LuaAbort(ScriptException.Kind.FAILED, String.valueOf(e.getMessage()), hook.scriptLine(), e);
        }
    }

    private static LuaValue fn(Function<Varargs, Varargs> body) {
        return new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return body.apply(args);
            }
        };
    }
}
