package dev.triggerstudio.lang.lua;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The globals of one chunk's runs: base, package, table, string, math and bit32 only, no way to the
 * file system, to Java classes or to bytecode, and the 5.1 names Gospel scripts rely on.
 * Every closure runs with these globals as its {@code globals}, which is what makes LuaJ call the
 * {@link GuardHook}: a chunk loaded with another environment table would otherwise run unhooked.
 *
 * <p>It is built once per invocation and reused for each record, which is what makes a simple
 * trigger cheap (building it cost ten times the script's own run). Every table a script can reach
 * at the start of a run (globals, package and its tables, the libraries, context, the gospellua
 * module) is remembered as it was built and put back before the next record, so each record still
 * starts from exactly the same globals: nothing a run sets, removes or replaces reaches the next.
 */
final class Sandbox {
    private static final String[] BASE_REMOVED = {"dofile", "loadfile", "collectgarbage", "print", "load"};
    private static final String[] PACKAGE_REMOVED = {"config", "cpath", "loadlib", "path", "searchpath", "seeall"};
    private static final String[] LIBRARIES = {"string", "table", "math", "bit32"};
    private static final LuaValue RECORD = LuaValue.valueOf("record");
    private static final LuaValue OLD = LuaValue.valueOf("old");

    private final SandboxGlobals globals;
    private final Libraries.Random random;
    private final List<LuaTable> restored = new ArrayList<>();
    private Pristine[] pristine;

    private Sandbox(SandboxGlobals globals, Libraries.Random random) {
        this.globals = globals;
        this.random = random;
    }

    /**
     * @param context the {@code context} global (copied: the sandbox's copy is the one restored)
     * @param gospel the table {@code require("gospellua")} returns (copied likewise)
     */
    static Sandbox create(GuardHook hook, LuaFunction print, LuaTable context, LuaTable gospel) {
        SandboxGlobals g = new SandboxGlobals();
        g.load(new BaseLib());
        g.load(new PackageLib());
        LuaC.install(g);
        g.undumper = null;
        g.finder = name -> null;
        g.STDIN = InputStream.nullInputStream();
        g.debuglib = hook;
        Sandbox sandbox = new Sandbox(g, new Libraries.Random());
        base(g, print);
        sandbox.packages(g, sandbox.tracked(gospel, true));
        sandbox.libraries(g);
        g.set("context", sandbox.tracked(context, true));
        sandbox.restored.add(g);
        sandbox.restored.add(g.get("package").checktable());
        sandbox.pristine = sandbox.restored.stream().map(Pristine::new).toArray(Pristine[]::new);
        return sandbox;
    }

    /**
     * The globals, ready for one record's run: what the previous run changed is put back, then
     * {@code record}, {@code old}, math.random's seed and the error handler are this record's.
     */
    Globals prepare(LuaValue record, LuaValue old, long seed, LuaFunction errorHandler) {
        for (Pristine p : pristine) {
            p.reset();
        }
        globals.setForRecord(RECORD, record);
        globals.setForRecord(OLD, old);
        random.reseed(seed);
        globals.running.errorfunc = errorHandler;
        return globals;
    }

    /** True when the table is one this sandbox puts back before each record (for tests). */
    boolean restores(LuaTable table) {
        return restored.contains(table);
    }

    /** A copy in a tracked table, restored before each record; deep copies the tables in it too. */
    private LuaTable tracked(LuaTable source, boolean deep) {
        TrackedTable t = new TrackedTable(source.length(), source.keyCount());
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = source.next(k);
            if ((k = e.arg1()).isnil()) {
                break;
            }
            LuaValue v = e.arg(2);
            t.rawset(k, deep && v.istable() ? tracked((LuaTable) v, true) : v);
        }
        restored.add(t);
        return t;
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

    /**
     * LuaJ's package table stays (its require reads it); its loaded, preload and searchers become
     * tracked tables. The package table itself is checked entry by entry after each run.
     */
    private void packages(Globals g, LuaTable gospel) {
        LuaTable pkg = g.get("package").checktable();
        for (String name : PACKAGE_REMOVED) {
            pkg.set(name, LuaValue.NIL);
        }
        TrackedTable preload = new TrackedTable(0, 1);
        preload.set("gospellua", new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue name) {
                return gospel;
            }
        });
        TrackedTable searchers = new TrackedTable(1, 0);
        searchers.set(1, g.package_.preload_searcher);
        pkg.set("loaded", tracked(pkg.get("loaded").checktable(), false));
        pkg.set("preload", preload);
        pkg.set("searchers", searchers);
        pkg.set("loaders", searchers);
        restored.add(preload);
        restored.add(searchers);
    }

    /**
     * The stateless libraries are copied from templates built once: loading them afresh for every
     * chunk would cost more than the rest of a simple trigger's run.
     */
    private void libraries(Globals g) {
        LuaTable loaded = g.get("package").get("loaded").checktable();
        for (String name : LIBRARIES) {
            LuaTable lib = Libraries.copy(name);
            g.set(name, lib);
            loaded.set(name, lib);
            restored.add(lib);
        }
        g.set("unpack", g.get("table").get("unpack"));
        random.install(g.get("math").checktable());
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
