package dev.triggerstudio.lang.lua;

import java.util.Map;
import java.util.SplittableRandom;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.Bit32Lib;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * Templates of the stateless libraries (table, math, bit32, string), built once with the sandbox's
 * wrappers and 5.1 names; every sandbox gets its own copies, put back as they were before each
 * record, so a script that changes {@code table.insert} changes it for its own run only.
 * math.random is the one stateful function: each record's run is seeded from the project seed, so
 * simulations stay deterministic.
 */
final class Libraries {
    private static final Map<String, TableTemplate> TEMPLATES = build();

    private Libraries() {
    }

    static TrackedTable copy(String name) {
        return TEMPLATES.get(name).copy();
    }

    private static Map<String, TableTemplate> build() {
        Globals scratch = new Globals();
        scratch.load(new BaseLib());
        scratch.load(new PackageLib());
        scratch.load(new TableLib());
        scratch.load(new Bit32Lib());
        scratch.load(new JseMathLib());
        LuaTable table = scratch.get("table").checktable();
        table.set("unpack", new Unpack(table.get("unpack")));
        table.set("concat", new Concat(table.get("concat")));
        table.set("getn", new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue t) {
                return valueOf(t.checktable().rawlen());
            }
        });
        table.set("maxn", new MaxN());
        LuaTable math = scratch.get("math").checktable();
        math.set("mod", math.get("fmod"));
        math.set("random", LuaValue.NIL);
        math.set("randomseed", LuaValue.NIL);
        return Map.of("table", new TableTemplate(table), "math", new TableTemplate(math),
                "bit32", new TableTemplate(scratch.get("bit32").checktable()), "string", new TableTemplate(SafeStrings.copy()));
    }

    /**
     * math.random and math.randomseed with Lua's argument rules, on a generator the sandbox reseeds
     * before each record from the project seed and the record's position.
     */
    static final class Random {
        private SplittableRandom generator = new SplittableRandom(0);

        void reseed(long seed) {
            generator = new SplittableRandom(seed);
        }

        void install(LuaTable math) {
            math.set("randomseed", new OneArgFunction() {
                @Override
                public LuaValue call(LuaValue s) {
                    reseed(s.checklong());
                    return NONE;
                }
            });
            math.set("random", new VarArgFunction() {
                @Override
                public Varargs invoke(Varargs args) {
                    return switch (args.narg()) {
                        case 0 -> valueOf(generator.nextDouble());
                        case 1 -> between(1, args.checklong(1));
                        default -> between(args.checklong(1), args.checklong(2));
                    };
                }

                private LuaValue between(long m, long n) {
                    if (m > n) {
                        throw new LuaError("bad argument to 'random' (interval is empty)");
                    }
                    return valueOf((double) (m + generator.nextLong(n - m + 1)));
                }
            });
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
