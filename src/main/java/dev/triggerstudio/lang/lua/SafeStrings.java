package dev.triggerstudio.lang.lua;

import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The sandbox's string library. LuaJ keeps the string metatable in a static field shared by every
 * script in the JVM, so it is built once here, read-only ({@code __metatable} hides it from
 * {@code getmetatable}), and its index table is a private copy no script can reach. Each script gets
 * its own {@code string} table, a copy, so changing it affects only that script.
 */
final class SafeStrings {
    private static final LuaTable LIBRARY = build();
    private static final LuaTable METATABLE = metatable();

    private SafeStrings() {
    }

    /** A fresh {@code string} table for one script. */
    static LuaTable copy() {
        return copyOf(LIBRARY);
    }

    /** Puts the protected metatable back in LuaJ's static slot, should anything have replaced it. */
    static void protect() {
        if (LuaString.s_metatable != METATABLE) {
            LuaString.s_metatable = METATABLE;
        }
    }

    private static LuaTable build() {
        Globals scratch = new Globals();
        scratch.load(new BaseLib());
        scratch.load(new PackageLib());
        scratch.load(new StringLib());
        LuaTable standard = scratch.get("string").checktable();
        LuaTable lib = copyOf(standard);
        lib.set("dump", LuaValue.NIL);
        lib.set("rep", new Rep());
        lib.set("byte", new Byte());
        lib.set("format", new Format(standard.get("format")));
        for (String name : new String[] {"upper", "lower", "reverse"}) {
            lib.set(name, new Charged("string." + name, standard.get(name)));
        }
        lib.set("find", new StringSearch.Find(true));
        lib.set("match", new StringSearch.Find(false));
        lib.set("gmatch", new StringSearch.GMatch());
        lib.set("gsub", new StringSearch.GSub());
        return lib;
    }

    private static LuaTable metatable() {
        LuaTable mt = new LuaTable();
        mt.set(LuaValue.INDEX, copyOf(LIBRARY));
        mt.set(LuaValue.METATABLE, LuaValue.FALSE);
        LuaString.s_metatable = mt;
        return mt;
    }

    static LuaTable copyOf(LuaTable source) {
        LuaTable t = new LuaTable();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs n = source.next(k);
            if ((k = n.arg1()).isnil()) {
                return t;
            }
            t.set(k, n.arg(2));
        }
    }

    /** string.rep(s, n [, sep]) sized before it is built. */
    private static final class Rep extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            LuaString s = args.checkstring(1);
            double n = Math.floor(args.checkdouble(2));
            LuaString sep = args.optstring(3, EMPTYSTRING);
            if (n < 1) {
                return EMPTYSTRING;
            }
            double total = s.m_length * n + sep.m_length * (n - 1);
            RunGuard.current().charge(total > Long.MAX_VALUE ? Long.MAX_VALUE : (long) total, "string.rep");
            byte[] out = new byte[(int) total];
            int at = 0;
            for (long i = 0; i < (long) n; i++) {
                if (i > 0) {
                    sep.copyInto(0, out, at, sep.m_length);
                    at += sep.m_length;
                }
                s.copyInto(0, out, at, s.m_length);
                at += s.m_length;
            }
            return LuaString.valueUsing(out);
        }
    }

    /** string.byte(s [, i [, j]]) returning at most {@link LuaLimits#MAX_RESULTS} values. */
    private static final class Byte extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            LuaString s = args.checkstring(1);
            int len = s.m_length;
            int i = relative(args.optint(2, 1), len);
            int j = relative(args.optint(3, i), len);
            i = Math.max(i, 1);
            j = Math.min(j, len);
            if (i > j) {
                return NONE;
            }
            if ((long) j - i + 1 > LuaLimits.MAX_RESULTS) {
                throw new LuaError("string slice too long");
            }
            LuaValue[] out = new LuaValue[j - i + 1];
            for (int k = 0; k < out.length; k++) {
                out[k] = valueOf(s.luaByte(i - 1 + k));
            }
            return varargsOf(out);
        }

        private static int relative(int pos, int len) {
            return pos >= 0 ? pos : len + pos + 1;
        }
    }

    /** A function whose result is as long as its first argument, charged before it runs. */
    private static final class Charged extends VarArgFunction {
        private final String name;
        private final LuaValue standard;

        Charged(String name, LuaValue standard) {
            this.name = name;
            this.standard = standard;
        }

        @Override
        public Varargs invoke(Varargs args) {
            RunGuard.current().charge(args.checkstring(1).m_length, name);
            return standard.invoke(args);
        }
    }

    /** string.format, its inputs sized before LuaJ formats them. */
    private static final class Format extends VarArgFunction {
        private final LuaValue standard;

        Format(LuaValue standard) {
            this.standard = standard;
        }

        @Override
        public Varargs invoke(Varargs args) {
            long total = 0;
            for (int i = 1; i <= args.narg(); i++) {
                LuaValue v = args.arg(i);
                total += v instanceof LuaString s ? s.m_length : 32;
            }
            RunGuard.current().charge(total, "string.format");
            return standard.invoke(args);
        }
    }
}
