package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.LineRecorder;
import dev.triggerstudio.lang.Locals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;

/**
 * Line events of one Lua record run, driven by {@link GuardHook}'s per-instruction calls (LuaJ's
 * own debug hook, set from Java; scripts still have no {@code debug} library, so they cannot see or
 * replace it). As Lua's line hook: an event when a function of the script enters a new line, or
 * jumps back (a loop, even to the same line). Locals are read from the frame's registers by the
 * prototype's local-variable table, plus upvalues, {@code record}, {@code old}, {@code context} and
 * the globals the script made.
 */
final class LuaLines {
    private static final LuaString ENV = LuaValue.valueOf("_ENV");
    private static final String[] GIVEN = {"record", "old", "context"};

    private final LineRecorder recorder;
    private final String source;
    private final RunGuard guard;
    private final LuaTable globals;
    private final int recordIndex;
    private final Set<LuaValue> builtins = new HashSet<>();

    LuaLines(LineRecorder recorder, String source, RunGuard guard, LuaTable globals, int recordIndex) {
        this.recorder = recorder;
        this.source = source;
        this.guard = guard;
        this.globals = globals;
        this.recordIndex = recordIndex;
        for (LuaValue k : globals.keys()) {
            builtins.add(k);
        }
        for (String g : GIVEN) {
            builtins.remove(LuaValue.valueOf(g));
        }
    }

    boolean inScript(LuaClosure c) {
        return c.p.source != null && c.p.source.tojstring().equals(source);
    }

    /** An instruction of a script function: an event when it starts a line or jumps back. */
    void instruction(LuaClosure c, LuaValue[] stack, int pc, int previousPc, int previousLine, int[] lineOut) {
        int[] info = c.p.lineinfo;
        int line = info != null && pc < info.length ? info[pc] : 0;
        lineOut[0] = line;
        if (line > 0 && (line != previousLine || pc <= previousPc)) {
            recorder.line(line, locals(c, stack, pc), guard.instructions());
        }
    }

    void wrote(String field, int line) {
        recorder.wrote(recordIndex, field, line);
    }

    void end() {
        recorder.end(guard.instructions());
    }

    private Map<String, Object> locals(LuaClosure c, LuaValue[] stack, int pc) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String g : GIVEN) {
            m.put(g, json(globals.rawget(g), 0));
        }
        for (LuaValue k : globals.keys()) {
            if (!builtins.contains(k) && k.isstring()) {
                m.put(k.tojstring(), json(globals.rawget(k), 0));
            }
        }
        Prototype p = c.p;
        if (p.upvalues != null && c.upValues != null) {
            for (int i = 0; i < p.upvalues.length && i < c.upValues.length; i++) {
                LuaString name = p.upvalues[i].name;
                if (name != null && !name.raweq(ENV) && c.upValues[i] != null) {
                    m.put(name.tojstring(), json(c.upValues[i].getValue(), 0));
                }
            }
        }
        for (int n = 1; ; n++) {
            LuaString name = p.getlocalname(n, pc);
            if (name == null) {
                break;
            }
            String s = name.tojstring();
            if (!s.startsWith("(") && stack != null && n - 1 < stack.length) {
                m.put(s, json(stack[n - 1], 0));
            }
        }
        return m;
    }

    /** A Lua value as JSON: records as their fields, functions and other host values as a word. */
    static Object json(LuaValue v, int depth) {
        if (v == null) {
            return null;
        }
        switch (v.type()) {
            case LuaValue.TNIL:
                return null;
            case LuaValue.TBOOLEAN:
                return v.toboolean();
            case LuaValue.TNUMBER:
                return v.isinttype() ? (Object) (long) v.toint() : (Object) v.todouble();
            case LuaValue.TSTRING:
                return Locals.shorten(v.tojstring());
            case LuaValue.TUSERDATA:
                return v.touserdata() instanceof LuaRecord.Ref r ? Locals.shorten(r.values()) : "userdata";
            case LuaValue.TTABLE:
                return depth >= Locals.MAX_DEPTH ? "…" : table((LuaTable) v, depth);
            case LuaValue.TFUNCTION:
                return "function";
            default:
                return v.typename();
        }
    }

    private static Object table(LuaTable t, int depth) {
        int n = t.length();
        Map<String, Object> map = new LinkedHashMap<>();
        int count = 0;
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = t.next(k);
            if ((k = e.arg1()).isnil()) {
                break;
            }
            if (++count > Locals.MAX_ITEMS) {
                continue; // counted for the "more" marker below
            }
            map.put(k.tojstring(), json(e.arg(2), depth + 1));
        }
        if (n > 0 && count == n) {
            List<Object> list = new ArrayList<>(map.values());
            if (count > Locals.MAX_ITEMS) {
                list.add("… " + (count - Locals.MAX_ITEMS) + " more");
            }
            return list;
        }
        if (count > Locals.MAX_ITEMS) {
            map.put("…", (count - Locals.MAX_ITEMS) + " more");
        }
        return map;
    }
}
