package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.ScriptHost;
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
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The globals of a trigger's runs: base, package, table, string, math and bit32 only, no way to the
 * file system, to Java classes or to bytecode, and the 5.1 names Gospel scripts rely on.
 *
 * <p>Two tables play LuaJ's "globals". The one scripts see ({@code _ENV} and {@code _G}) is a
 * {@link TrackedTable} holding every global. LuaJ's own {@link Globals} object is kept apart and
 * empty: every closure is created from it, which is what makes LuaJ call the {@link GuardHook} for
 * it and for every function it creates (they inherit it), and its running thread holds the error
 * handler; then the closure's {@code _ENV} is set to the tracked table (or to the table a script
 * passed to {@code load}). No script can reach LuaJ's object, so nothing needs to track it.
 *
 * <p>A sandbox belongs to one compiled trigger and serves its invocations one at a time (bound to
 * each invocation's guard, host and context), running every record in the same globals: building
 * them cost ten times a simple script's own run. Every table a script can reach at the start of a
 * run (globals, package and its tables, the libraries, context, the gospellua module) keeps an
 * {@link UndoLog} and is put back before the next record, so each record starts from exactly the
 * globals the first one saw: nothing a run sets, removes or replaces reaches the next record, the
 * next chunk or another trigger (which has its own sandbox).
 */
final class Sandbox {
    private static final String[] BASE_REMOVED = {"dofile", "loadfile", "collectgarbage", "print", "load"};
    private static final String[] LIBRARIES = {"string", "table", "math", "bit32"};
    private static final LuaValue RECORD = LuaValue.valueOf("record");
    private static final LuaValue OLD = LuaValue.valueOf("old");
    private static final LuaValue CONTEXT = LuaValue.valueOf("context");

    /** LuaJ's globals: the hook and the running thread, no entries, out of every script's reach. */
    private final Globals vm;
    /** The globals scripts see and write: {@code _ENV} of every chunk, {@code _G}. */
    private final TrackedTable globals;
    private final GuardHook hook;
    private final GospelModule gospel;
    private final Libraries.Random random = new Libraries.Random();
    /** The tables built with the sandbox, then those of the bound invocation's context. */
    private final List<TrackedTable> restored = new ArrayList<>();
    private int built;
    private LuaValue context = LuaValue.NIL;

    private Sandbox(Globals vm, TrackedTable globals, GuardHook hook, GospelModule gospel) {
        this.vm = vm;
        this.globals = globals;
        this.hook = hook;
        this.gospel = gospel;
    }

    /** @param path the script's path, whose lines errors report */
    static Sandbox create(String path) {
        Globals vm = new Globals();
        vm.load(new BaseLib());
        LuaC.install(vm);
        GuardHook hook = new GuardHook(path);
        vm.undumper = null;
        vm.finder = name -> null;
        vm.STDIN = InputStream.nullInputStream();
        vm.debuglib = hook;
        TrackedTable g = movedOut(vm);
        Sandbox sandbox = new Sandbox(vm, g, hook, new GospelModule(hook));
        base(g, vm, sandbox.gospel.print());
        sandbox.packages(g, sandbox.tracked(sandbox.gospel.module()));
        sandbox.libraries(g);
        sandbox.restored.add(g);
        sandbox.restored.forEach(Sandbox::settle);
        sandbox.built = sandbox.restored.size();
        return sandbox;
    }

    GuardHook hook() {
        return hook;
    }

    /** Gives the sandbox to one invocation: its budget, its host and its {@code context}. */
    void bind(RunGuard guard, ScriptHost host, LuaTable context) {
        hook.bind(guard);
        gospel.bind(host);
        this.context = tracked(context);
        restored.subList(built, restored.size()).forEach(Sandbox::settle);
    }

    /**
     * The globals, ready for one record's run: what the previous run changed is put back, then
     * {@code record}, {@code old}, {@code context}, math.random's seed and the error handler are set.
     */
    LuaTable prepare(LuaValue record, LuaValue old, long seed, LuaFunction errorHandler) {
        undo();
        globals.setUntracked(RECORD, record);
        globals.setUntracked(OLD, old);
        globals.setUntracked(CONTEXT, context);
        random.reseed(seed);
        vm.running.errorfunc = errorHandler;
        return globals;
    }

    /** The script's main chunk as a closure of this sandbox: hooked, its _ENV the sandbox's globals. */
    LuaClosure chunk(Prototype prototype) {
        return closure(prototype, vm, globals);
    }

    /** Ends an invocation that ran to the end: the sandbox is left as built, holding none of its data. */
    void release() {
        undo();
        globals.setUntracked(RECORD, LuaValue.NIL);
        globals.setUntracked(OLD, LuaValue.NIL);
        globals.setUntracked(CONTEXT, LuaValue.NIL);
        vm.running.errorfunc = null;
        restored.subList(built, restored.size()).clear();
        context = LuaValue.NIL;
        gospel.bind(null);
        hook.bind(null);
    }

    /** True when the table is one this sandbox puts back (for tests). */
    boolean restores(LuaTable table) {
        return restored.contains(table);
    }

    /** True while LuaJ's own globals object holds no entry: no script wrote to it (for tests). */
    boolean keepsLuaJsGlobalsEmpty() {
        return vm.next(LuaValue.NIL).arg1().isnil();
    }

    private void undo() {
        for (int i = 0; i < restored.size(); i++) {
            TrackedTable t = restored.get(i);
            t.undo().undo(t);
        }
    }

    /** Empties the table's log: the table as it is now is what every record starts from. */
    private static void settle(TrackedTable table) {
        table.undo().clear();
    }

    /**
     * A closure created from LuaJ's globals, so that the hook sees it and every function it makes,
     * whose _ENV is env. (LuaC gives every main chunk _ENV as its first upvalue.)
     */
    private static LuaClosure closure(Prototype prototype, Globals vm, LuaValue env) {
        LuaClosure chunk = new LuaClosure(prototype, vm);
        if (chunk.upValues.length > 0) {
            chunk.upValues[0].setValue(env);
        }
        return chunk;
    }

    /** The base library's entries, moved from LuaJ's globals (which keeps none) into the tracked globals. */
    private static TrackedTable movedOut(Globals vm) {
        TrackedTable g = new TrackedTable(0, 64);
        for (LuaValue k : vm.keys()) {
            g.rawset(k, vm.rawget(k));
            vm.rawset(k, LuaValue.NIL);
        }
        g.rawset("_G", g);
        return g;
    }

    /** A deep copy in tracked tables, each put back before every record (no cycles: tables we built). */
    private TrackedTable tracked(LuaTable source) {
        TrackedTable t = new TrackedTable(source.length(), 8); // lists keep an array part: table.sort needs it
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = source.next(k);
            if ((k = e.arg1()).isnil()) {
                break;
            }
            LuaValue v = e.arg(2);
            t.rawset(k, v.istable() ? tracked((LuaTable) v) : v);
        }
        restored.add(t);
        return t;
    }

    private static void base(LuaTable g, Globals vm, LuaValue print) {
        for (String name : BASE_REMOVED) {
            g.set(name, LuaValue.NIL);
        }
        g.set("print", print);
        g.set("load", new Load(vm, g, false));
        g.set("loadstring", new Load(vm, g, true));
        g.set("pairs", new Pairs(g.get("pairs")));
        g.set("_VERSION", "Lua 5.1");
    }

    /** package and require (see {@link PackageLibrary}); gospellua is the one preloaded module. */
    private void packages(LuaTable g, LuaTable gospel) {
        PackageLibrary lib = new PackageLibrary("gospellua", new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue name) {
                return gospel;
            }
        });
        TrackedTable pkg = lib.table();
        g.set("package", pkg);
        g.set("require", lib.require());
        restored.add(pkg);
        for (String name : new String[] {"loaded", "preload", "searchers"}) {
            restored.add((TrackedTable) pkg.get(name));
        }
    }

    /**
     * The stateless libraries are copied from templates built once per JVM, so a sandbox never
     * loads LuaJ's libraries itself.
     */
    private void libraries(LuaTable g) {
        LuaTable loaded = g.get("package").get("loaded").checktable();
        for (String name : LIBRARIES) {
            TrackedTable lib = Libraries.copy(name);
            g.set(name, lib);
            loaded.set(name, lib);
            restored.add(lib);
        }
        g.set("unpack", g.get("table").get("unpack"));
        random.install(g.get("math").checktable());
    }

    /**
     * load and loadstring of source text only. The chunk is created as the script's own (so the
     * hook sees it); its _ENV is the sandbox's globals, or the environment given to load.
     */
    private static final class Load extends VarArgFunction {
        private final Globals vm;
        private final LuaTable globals;
        private final boolean fiveOne;

        Load(Globals vm, LuaTable globals, boolean fiveOne) {
            this.vm = vm;
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
                LuaValue env = fiveOne ? NIL : args.arg(4);
                return closure(p, vm, env.isnil() ? globals : env);
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
