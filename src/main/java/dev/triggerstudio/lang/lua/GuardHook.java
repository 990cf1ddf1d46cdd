package dev.triggerstudio.lang.lua;

import org.luaj.vm2.Lua;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * LuaJ calls its debug library on every call, return and instruction of a closure whose globals hold
 * one; this subclass uses those calls as the sandbox's hook instead of Lua's {@code debug} API (which
 * scripts never see). It counts instructions against the {@link RunGuard}, keeps the current line for
 * errors, bounds call depth, and sizes every {@code ..} before LuaJ builds the string: concatenation
 * happens inside one VM instruction, where no other check could see it.
 */
final class GuardHook extends DebugLib {
    private RunGuard guard;
    private final String source;
    private LuaClosure[] closures = new LuaClosure[32];
    private LuaValue[][] stacks = new LuaValue[32][];
    private int[] pcs = new int[32];
    private int[] lastLines = new int[32];
    private int depth;
    /** The line recording of the record now running, or null (the default: nothing is recorded). */
    private LuaLines lines;
    private final int[] lineOut = new int[1];

    /** @param source the chunk name of the user's script, whose lines errors report */
    GuardHook(String source) {
        this.source = source;
    }

    /** The budget of the invocation now using the sandbox this hook belongs to. */
    void bind(RunGuard guard) {
        this.guard = guard;
    }

    /** Starts one record's run: no frames, the string allowance of the run guard reset. */
    void enter() {
        depth = 0;
        guard.enter(this);
    }

    /** Records the lines of the next record run (null: none). Set from Java only. */
    void record(LuaLines value) {
        this.lines = value;
    }

    LuaLines lines() {
        return lines;
    }

    /** The line running in the user's script (not in a chunk it loaded), 0 when unknown. */
    int scriptLine() {
        return lineIn(source);
    }

    @Override
    public void onCall(LuaFunction f) {
        push(null, null);
    }

    @Override
    public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
        push(c, stack);
    }

    @Override
    public void onReturn() {
        if (depth > 0) {
            depth--;
            closures[depth] = null;
            stacks[depth] = null;
        }
    }

    @Override
    public void onInstruction(int pc, Varargs v, int top) {
        guard.tick();
        int f = depth - 1;
        if (f < 0 || closures[f] == null) {
            return;
        }
        if (lines != null && lines.inScript(closures[f])) {
            lines.instruction(closures[f], stacks[f], pc, pcs[f], lastLines[f], lineOut);
            lastLines[f] = lineOut[0];
        }
        pcs[f] = pc;
        int i = closures[f].p.code[pc];
        if (Lua.GET_OPCODE(i) == Lua.OP_CONCAT) {
            checkConcat(stacks[f], Lua.GETARG_B(i), Lua.GETARG_C(i));
        }
    }

    @Override
    public String traceback(int level) {
        return "";
    }

    /** The line of the innermost Lua function running, 0 when none. */
    int currentLine() {
        for (int f = depth - 1; f >= 0; f--) {
            if (closures[f] != null) {
                int[] lines = closures[f].p.lineinfo;
                int pc = pcs[f];
                return lines != null && pc >= 0 && pc < lines.length ? lines[pc] : 0;
            }
        }
        return 0;
    }

    /** The line running in the innermost function of the chunk named source, 0 when none. */
    int lineIn(String source) {
        for (int f = depth - 1; f >= 0; f--) {
            LuaClosure c = closures[f];
            if (c != null && c.p.source != null && c.p.source.tojstring().equals(source)) {
                int[] lines = c.p.lineinfo;
                return lines != null && pcs[f] < lines.length ? lines[pcs[f]] : 0;
            }
        }
        return currentLine();
    }

    private void push(LuaClosure c, LuaValue[] stack) {
        if (depth >= LuaLimits.MAX_CALL_DEPTH) {
            throw new LuaError("stack overflow (more than " + LuaLimits.MAX_CALL_DEPTH + " nested calls)");
        }
        if (depth == closures.length) {
            grow();
        }
        closures[depth] = c;
        stacks[depth] = stack;
        pcs[depth] = 0;
        lastLines[depth] = -1;
        depth++;
    }

    private void grow() {
        int n = closures.length * 2;
        closures = java.util.Arrays.copyOf(closures, n);
        stacks = java.util.Arrays.copyOf(stacks, n);
        pcs = java.util.Arrays.copyOf(pcs, n);
        lastLines = java.util.Arrays.copyOf(lastLines, n);
    }

    private void checkConcat(LuaValue[] stack, int from, int to) {
        long total = 0;
        for (int r = from; r <= to && r < stack.length; r++) {
            LuaValue v = stack[r];
            if (v instanceof LuaString s) {
                total += s.m_length;
            } else if (v != null && v.isnumber()) {
                total += 24;
            }
        }
        guard.charge(total, "'..'");
    }
}
