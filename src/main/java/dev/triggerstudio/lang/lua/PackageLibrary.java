package dev.triggerstudio.lang.lua;

import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The sandbox's {@code package} and {@code require}: package.loaded, package.preload and
 * package.searchers (= package.loaders) holding only the preload searcher. It behaves and words its
 * errors as LuaJ 3.0.1's PackageLib does (same lookups, same sentinel for a module being loaded), but
 * every table is a {@link TrackedTable}: LuaJ's keeps a package table of its own, which the sandbox
 * would have had to compare entry by entry after every record.
 */
final class PackageLibrary {
    private static final LuaString LOADED = LuaValue.valueOf("loaded");
    private static final LuaString PRELOAD = LuaValue.valueOf("preload");
    private static final LuaString SEARCHERS = LuaValue.valueOf("searchers");
    /** What package.loaded holds for a module while its loader runs, as in LuaJ. */
    private static final LuaString LOADING = LuaValue.valueOf("\u0001");

    private final TrackedTable pkg = new TrackedTable(0, 4);

    /** @param preloaded the one preloaded module's name and loader */
    PackageLibrary(String preloaded, LuaValue loader) {
        TrackedTable loaded = new TrackedTable(0, 8);
        TrackedTable preload = new TrackedTable(0, 1);
        preload.set(preloaded, loader);
        TrackedTable searchers = new TrackedTable(1, 0);
        searchers.set(1, new PreloadSearcher());
        pkg.set(LOADED, loaded);
        pkg.set(PRELOAD, preload);
        pkg.set(SEARCHERS, searchers);
        pkg.set("loaders", searchers);
        loaded.set("package", pkg);
    }

    /** The package table; its loaded, preload and searchers tables are reached through it. */
    TrackedTable table() {
        return pkg;
    }

    LuaValue require() {
        return new Require();
    }

    private final class Require extends OneArgFunction {
        @Override
        public LuaValue call(LuaValue arg) {
            LuaString name = arg.checkstring();
            LuaValue loaded = pkg.get(LOADED);
            LuaValue result = loaded.get(name);
            if (result.toboolean()) {
                if (result == LOADING) {
                    error("loop or previous error loading module '" + name + "'");
                }
                return result;
            }
            Varargs loader = find(name);
            loaded.set(name, LOADING);
            result = loader.arg1().call(name, loader.arg(2));
            if (!result.isnil()) {
                loaded.set(name, result);
            } else if ((result = loaded.get(name)) == LOADING) {
                loaded.set(name, result = TRUE);
            }
            return result;
        }

        private Varargs find(LuaString name) {
            LuaTable searchers = pkg.get(SEARCHERS).checktable();
            StringBuilder tried = new StringBuilder();
            for (int i = 1; true; i++) {
                LuaValue searcher = searchers.get(i);
                if (searcher.isnil()) {
                    error("module '" + name + "' not found: " + name + tried);
                }
                Varargs loader = searcher.invoke(name);
                if (loader.isfunction(1)) {
                    return loader;
                }
                if (loader.isstring(1)) {
                    tried.append(loader.tojstring(1));
                }
            }
        }
    }

    private final class PreloadSearcher extends VarArgFunction {
        @Override
        public Varargs invoke(Varargs args) {
            LuaString name = args.checkstring(1);
            LuaValue loader = pkg.get(PRELOAD).get(name);
            return loader.isnil() ? valueOf("\n\tno field package.preload['" + name + "']") : loader;
        }
    }
}
