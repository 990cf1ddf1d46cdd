package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.RecordPair;
import org.junit.jupiter.api.Test;

/** require and package behave as Lua's (and LuaJ's): preload only, cached, loops detected. */
class LuaRequireTest {
    private final LuaFixture fx = new LuaFixture();

    private String note(String script) {
        RecordPair pair = LuaFixture.invoice();
        fx.run(script, pair);
        return (String) pair.record().get("note");
    }

    @Test
    void aModuleIsLoadedOnceAndCachedInPackageLoaded() {
        assertThat(note("""
                local a = require("gospellua")
                record.note = tostring(rawequal(a, require("gospellua"))) .. " "
                    .. tostring(rawequal(a, package.loaded.gospellua))
                """)).isEqualTo("true true");
    }

    @Test
    void aLoaderGetsTheNameAndAModuleReturningNothingIsTrue() {
        assertThat(note("""
                local seen
                package.preload.quiet = function(name) seen = name end
                record.note = tostring(require("quiet")) .. " " .. seen .. " " .. tostring(package.loaded.quiet)
                """)).isEqualTo("true quiet true");
    }

    @Test
    void aModuleRequiringItselfWhileLoadingIsAnError() {
        assertThat(note("""
                package.preload.loop = function() return require("loop") end
                local ok, err = pcall(require, "loop")
                record.note = tostring(ok) .. " " .. err
                """)).isEqualTo("false loop or previous error loading module 'loop'");
    }

    @Test
    void anUnknownModuleSaysWhereItWasLookedFor() {
        assertThat(note("local ok, err = pcall(require, 'nope')\nrecord.note = err"))
                .isEqualTo("module 'nope' not found: nope\n\tno field package.preload['nope']");
    }

    @Test
    void loadersIsSearchersAndHoldsOnlyThePreloadSearcher() {
        assertThat(note("""
                record.note = tostring(rawequal(package.loaders, package.searchers)) .. " " .. #package.searchers
                    .. " " .. tostring(package.path) .. " " .. tostring(package.loaded.package == package)
                """)).isEqualTo("true 1 nil true");
    }
}
