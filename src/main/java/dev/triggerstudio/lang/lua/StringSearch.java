package dev.triggerstudio.lang.lua;

import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;

/** string.find, match, gmatch and gsub on {@link LuaPattern}, so that matching is bounded. */
final class StringSearch {
    private static final String SPECIALS = "^$*+?.([%-";

    private StringSearch() {
    }

    static final class Find extends VarArgFunction {
        private final boolean find;

        Find(boolean find) {
            this.find = find;
        }

        @Override
        public Varargs invoke(Varargs args) {
            byte[] s = bytes(args.checkstring(1));
            byte[] p = bytes(args.checkstring(2));
            int init = start(args.optint(3, 1), s.length);
            if (find && (args.arg(4).toboolean() || noSpecials(p))) {
                int at = indexOf(s, p, init);
                return at < 0 ? NIL : varargsOf(valueOf(at + 1), valueOf(at + p.length));
            }
            return search(s, p, init);
        }

        private Varargs search(byte[] s, byte[] p, int init) {
            boolean anchor = p.length > 0 && p[0] == '^';
            LuaPattern m = new LuaPattern(s, anchor ? java.util.Arrays.copyOfRange(p, 1, p.length) : p,
                    RunGuard.current());
            int s1 = init;
            do {
                m.reset();
                int e = m.match(s1, 0);
                if (e != -1) {
                    return find ? varargsOf(valueOf(s1 + 1), valueOf(e), captures(m, s1, e, false))
                            : captures(m, s1, e, true);
                }
            } while (s1++ < s.length && !anchor);
            return NIL;
        }
    }

    static final class GMatch extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            byte[] s = bytes(args.checkstring(1));
            byte[] p = bytes(args.checkstring(2));
            return new GMatchIterator(new LuaPattern(s, p, RunGuard.current()));
        }
    }

    private static final class GMatchIterator extends VarArgFunction {
        private final LuaPattern m;
        private int position;

        GMatchIterator(LuaPattern m) {
            this.m = m;
        }

        @Override
        public Varargs invoke(Varargs args) {
            for (; position <= m.src.length; position++) {
                m.reset();
                int e = m.match(position, 0);
                if (e != -1) {
                    int start = position;
                    position = e == position ? e + 1 : e;
                    return captures(m, start, e, true);
                }
            }
            return NIL;
        }
    }

    static final class GSub extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            LuaString subject = args.checkstring(1);
            byte[] s = bytes(subject);
            byte[] p = bytes(args.checkstring(2));
            LuaValue repl = args.arg(3);
            if (!(repl.isstring() || repl.istable() || repl.isfunction())) {
                argerror(3, "string/function/table expected");
            }
            int max = args.optint(4, s.length + 1);
            boolean anchor = p.length > 0 && p[0] == '^';
            RunGuard guard = RunGuard.current();
            LuaPattern m = new LuaPattern(s, anchor ? java.util.Arrays.copyOfRange(p, 1, p.length) : p, guard);
            Builder out = new Builder(guard);
            int src = 0;
            int n = 0;
            while (n < max) {
                m.reset();
                int e = m.match(src, 0);
                if (e != -1) {
                    n++;
                    replace(m, src, e, repl, out);
                }
                if (e != -1 && e > src) {
                    src = e;
                } else if (src < s.length) {
                    out.add(s, src, src + 1);
                    src++;
                } else {
                    break;
                }
                if (anchor) {
                    break;
                }
            }
            out.add(s, src, s.length);
            return varargsOf(out.toLua(), valueOf(n));
        }
    }

    private static void replace(LuaPattern m, int s, int e, LuaValue repl, Builder out) {
        LuaValue value;
        if (repl.isfunction()) {
            value = repl.invoke(captures(m, s, e, true)).arg1();
        } else if (repl.istable()) {
            value = repl.get(m.capture(0, s, e));
        } else {
            expand(m, s, e, bytes(repl.checkstring()), out);
            return;
        }
        if (!value.toboolean()) {
            out.add(m.src, s, e);
        } else if (value.isstring()) {
            byte[] b = bytes(value.checkstring());
            out.add(b, 0, b.length);
        } else {
            throw new LuaError("invalid replacement value (a " + value.typename() + ")");
        }
    }

    private static void expand(LuaPattern m, int s, int e, byte[] r, Builder out) {
        for (int i = 0; i < r.length; i++) {
            if (r[i] != '%') {
                out.add(r, i, i + 1);
                continue;
            }
            i++;
            if (i >= r.length) {
                throw new LuaError("invalid use of '%' in replacement string");
            }
            if (r[i] == '%') {
                out.add(r, i, i + 1);
            } else if (r[i] >= '0' && r[i] <= '9') {
                LuaValue v = r[i] == '0' ? LuaValue.valueOf(java.util.Arrays.copyOfRange(m.src, s, e))
                        : m.capture(r[i] - '1', s, e);
                byte[] b = bytes(v.checkstring());
                out.add(b, 0, b.length);
            } else {
                throw new LuaError("invalid use of '%' in replacement string");
            }
        }
    }

    private static Varargs captures(LuaPattern m, int s, int e, boolean wholeWhenNone) {
        int n = m.captureCount(wholeWhenNone);
        LuaValue[] values = new LuaValue[n];
        for (int i = 0; i < n; i++) {
            values[i] = m.capture(i, s, e);
        }
        return LuaValue.varargsOf(values);
    }

    /** A growing string that is charged to the run as it grows. */
    private static final class Builder {
        private final RunGuard guard;
        private byte[] bytes = new byte[64];
        private int length;

        Builder(RunGuard guard) {
            this.guard = guard;
        }

        void add(byte[] b, int from, int to) {
            int n = to - from;
            if (length + n > bytes.length) {
                guard.charge(length + (long) n, "string.gsub");
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            System.arraycopy(b, from, bytes, length, n);
            length += n;
        }

        LuaString toLua() {
            return LuaString.valueUsing(bytes, 0, length);
        }
    }

    static byte[] bytes(LuaString s) {
        byte[] b = new byte[s.m_length];
        s.copyInto(0, b, 0, b.length);
        return b;
    }

    /**
     * A 0-based start for a 1-based, possibly negative init, clamped to the subject as Lua 5.1 and
     * LuaJ do ({@code ("abc"):find("", 10)} is 4, 3).
     */
    private static int start(int init, int length) {
        int i = init < 0 ? Math.max(length + init + 1, 1) : Math.max(init, 1);
        return Math.min(i - 1, length);
    }

    private static boolean noSpecials(byte[] p) {
        for (byte b : p) {
            if (SPECIALS.indexOf(b) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] s, byte[] p, int from) {
        RunGuard guard = RunGuard.current();
        outer:
        for (int i = from; i <= s.length - p.length; i++) {
            if ((i & 4095) == 0) {
                guard.checkTime();
            }
            for (int j = 0; j < p.length; j++) {
                if (s[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
