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
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.VarArgFunction;

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

    /**
     * The stateless libraries are copied from templates built once: loading them afresh for every
     * record cost more than the rest of a simple trigger's run.
     */
    private static void libraries(Globals g, long seed) {
        LuaTable loaded = g.get("package").get("loaded").checktable();
        for (String name : new String[] {"string", "table", "math", "bit32"}) {
            LuaTable lib = Libraries.copy(name);
            g.set(name, lib);
            loaded.set(name, lib);
        }
        g.set("unpack", g.get("table").get("unpack"));
        Libraries.installRandom(g.get("math").checktable(), seed);
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
}
