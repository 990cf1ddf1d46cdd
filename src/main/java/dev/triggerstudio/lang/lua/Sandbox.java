package dev.triggerstudio.lang.lua;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.Bit32Lib;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * Builds the globals of one record run: base, package, table, string, math and bit32 only, no way to
 * the file system, to Java classes or to bytecode, and the 5.1 names Gospel scripts rely on.
 * Every closure runs with these globals as its {@code globals}, which is what makes LuaJ call the
 * {@link GuardHook}: a chunk loaded with another environment table would otherwise run unhooked.
 */
final class Sandbox {
    private static final String[] BASE_REMOVED = {"dofile", "loadfile", "collectgarbage", "print", "load"};
    private static final String[] PACKAGE_REMOVED = {"config", "cpath", "loadlib", "path", "searchpath", "seeall"};

    private Sandbox() {
    }

    static Globals create(GuardHook hook, LuaFunction print, LuaFunction errorHandler, long seed) {
        Globals g = new Globals();
        g.load(new BaseLib());
        g.load(new PackageLib());
        g.load(new TableLib());
        g.load(new Bit32Lib());
        g.load(new JseMathLib());
        LuaC.install(g);
        g.undumper = null;
        g.finder = name -> null;
        g.STDIN = InputStream.nullInputStream();
        g.debuglib = hook;
        g.running.errorfunc = errorHandler;
        base(g, print);
        packages(g);
        libraries(g, seed);
        return g;
    }

    private static void base(Globals g, LuaFunction print) {
        for (String name : BASE_REMOVED) {
            g.set(name, LuaValue.NIL);
        }
        g.set("print", print);
        g.set("load", new Load(g, false));
        g.set("loadstring", new Load(g, true));
        g.set("unpack", new Unpack(g.get("table").get("unpack")));
        g.set("pairs", new Pairs(g.get("pairs")));
        g.set("_VERSION", "Lua 5.1");
    }

    private static void packages(Globals g) {
        LuaTable pkg = g.get("package").checktable();
        for (String name : PACKAGE_REMOVED) {
            pkg.set(name, LuaValue.NIL);
        }
        LuaTable searchers = new LuaTable();
        searchers.set(1, g.package_.preload_searcher);
        pkg.set("searchers", searchers);
        pkg.set("loaders", searchers);
    }

    private static void libraries(Globals g, long seed) {
        LuaTable string = SafeStrings.copy();
        g.set("string", string);
        LuaTable loaded = g.get("package").get("loaded").checktable();
        loaded.set("string", string);
        LuaTable table = g.get("table").checktable();
        table.set("unpack", g.get("unpack"));
        table.set("concat", new Concat(table.get("concat")));
        table.set("getn", new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue t) {
                return valueOf(t.checktable().rawlen());
            }
        });
        table.set("maxn", new MaxN());
        LuaTable math = g.get("math").checktable();
        math.set("mod", math.get("fmod"));
        math.get("randomseed").call(LuaValue.valueOf(seed));
    }

    /**
     * load and loadstring of source text only. The chunk is created with the sandbox's globals (so
     * the hook sees it) and a custom environment, when given, is put in its _ENV afterwards.
     */
    private static final class Load extends VarArgFunction {
        private final Globals globals;
        private final boolean fiveOne;

        Load(Globals globals, boolean fiveOne) {
            this.globals = globals;
            this.fiveOne = fiveOne;
        }

        @Override
        public Varargs invoke(Varargs args) {
            LuaString text = source(args.arg1());
            String name = args.optjstring(2, text.tojstring());
            if (text.m_length > 0 && text.luaByte(0) == 0x1B) {
                return varargsOf(NIL, valueOf("attempt to load a binary chunk: only source text is allowed"));
            }
            try {
                Prototype p = LuaC.instance.compile(new ByteArrayInputStream(StringSearch.bytes(text)), name);
                LuaClosure chunk = new LuaClosure(p, globals);
                LuaValue env = fiveOne ? NIL : args.arg(4);
                if (!env.isnil() && chunk.upValues.length > 0) {
                    chunk.upValues[0].setValue(env);
                }
                return chunk;
            } catch (LuaError | IOException e) {
                return varargsOf(NIL, valueOf(e.getMessage()));
            }
        }

        private static LuaString source(LuaValue chunk) {
            if (chunk.isstring()) {
                return chunk.checkstring();
            }
            if (!chunk.isfunction()) {
                throw new LuaError("bad argument #1 to 'load' (string expected, got " + chunk.typename() + ")");
            }
            StringBuilder text = new StringBuilder();
            for (LuaValue piece = chunk.call(); piece.isstring() && piece.length() > 0; piece = chunk.call()) {
                RunGuard.current().charge(text.length() + (long) piece.length(), "load");
                text.append(piece.tojstring());
            }
            return LuaString.valueOf(text.toString());
        }
    }

    /** pairs that honours a userdata's __pairs (records), which LuaJ 3.0.1 does not. */
    private static final class Pairs extends VarArgFunction {
        private final LuaValue standard;

        Pairs(LuaValue standard) {
            this.standard = standard;
        }

        @Override
        public Varargs invoke(Varargs args) {
            LuaValue v = args.arg1();
            LuaValue mt = v.isuserdata() ? v.getmetatable() : null;
            if (mt != null && mt.get(LuaRecord.PAIRS).isfunction()) {
                return standard.invoke(mt.get(LuaRecord.PAIRS).call(v));
            }
            return standard.invoke(args);
        }
    }

    /** unpack / table.unpack returning at most {@link LuaLimits#MAX_RESULTS} values. */
    private static final class Unpack extends VarArgFunction {
        private final LuaValue standard;

        Unpack(LuaValue standard) {
            this.standard = standard;
        }

        @Override
        public Varargs invoke(Varargs args) {
            LuaTable t = args.checktable(1);
            long i = args.optlong(2, 1);
            long j = args.isnil(3) ? t.length() : args.checklong(3);
            if (j - i + 1 > LuaLimits.MAX_RESULTS) {
                throw new LuaError("too many results to unpack");
            }
            return standard.invoke(args);
        }
    }

    /** table.concat, its result sized before LuaJ builds it. */
    private static final class Concat extends VarArgFunction {
        private final LuaValue standard;

        Concat(LuaValue standard) {
            this.standard = standard;
        }

        @Override
        public Varargs invoke(Varargs args) {
            LuaTable t = args.checktable(1);
            long sep = args.optstring(2, EMPTYSTRING).m_length;
            long i = args.optlong(3, 1);
            long j = args.isnil(4) ? t.length() : args.checklong(4);
            long total = 0;
            for (long k = i; k <= j && total <= LuaLimits.MAX_STRING; k++) {
                LuaValue v = t.get((int) k);
                if (!v.isstring()) {
                    break;
                }
                total += (v instanceof LuaString s ? s.m_length : 24) + sep;
            }
            RunGuard.current().charge(total, "table.concat");
            return standard.invoke(args);
        }
    }

    /** table.maxn of Lua 5.1: the largest positive numeric key. */
    private static final class MaxN extends OneArgFunction {
        @Override
        public LuaValue call(LuaValue arg) {
            LuaTable t = arg.checktable();
            double max = 0;
            LuaValue k = NIL;
            while (!(k = t.next(k).arg1()).isnil()) {
                if (k.isnumber() && k.todouble() > max) {
                    max = k.todouble();
                }
            }
            return valueOf(max);
        }
    }
}
