package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A trigger cannot reach the machine, and a runaway or greedy one fails alone. */
class LuaSandboxTest {
    private final LuaFixture fx = new LuaFixture();

    @ParameterizedTest
    @ValueSource(strings = {"io", "os", "luajava", "debug", "coroutine", "dofile", "loadfile", "collectgarbage",
            "module", "string.dump", "package.loadlib", "package.searchpath", "package.path", "package.cpath",
            "package.loaded.io", "package.loaded.os", "package.loaded.debug", "package.loaded.luajava"})
    void forbiddenLibrariesAndFunctionsAreAbsent(String name) {
        var pair = LuaFixture.invoice();

        fx.run("record.note = type(" + name + ")", pair);

        assertThat(pair.record()).containsEntry("note", "nil");
    }

    @ParameterizedTest
    @ValueSource(strings = {"io", "os", "debug", "luajava", "org.luaj.vm2.lib.jse.LuajavaLib",
            "org.luaj.vm2.lib.jse.JseIoLib", "org.luaj.vm2.lib.DebugLib", "coroutine"})
    void requireFindsNoLibraryOrJavaClassBeyondPreload(String module) {
        var pair = LuaFixture.invoice();

        fx.run("local ok, err = pcall(require, '" + module + "')\n"
                + "record.note = tostring(ok) .. ' ' .. tostring(luajava)", pair);

        assertThat(pair.record()).containsEntry("note", "false nil");
    }

    @Test
    void onlyThePreloadSearcherRemains() {
        var pair = LuaFixture.invoice();

        fx.run("record.total = #package.searchers", pair);

        assertThat(pair.record()).containsEntry("total", 1L);
    }

    @Test
    void bytecodeCannotBeLoadedButSourceCan() {
        var pair = LuaFixture.invoice();

        fx.run("""
                local f, err = load("\\27LuaR\\0\\1\\4\\4\\4")
                local g = loadstring("return 40 + 2")
                record.note = tostring(f) .. ' / ' .. err
                record.total = g()
                """, pair);

        assertThat(pair.record().get("note")).asString().startsWith("nil / attempt to load a binary chunk");
        assertThat(pair.record()).containsEntry("total", 42L);
    }

    @Test
    void theStringMetatableIsHiddenAndCannotBeChanged() {
        var pair = LuaFixture.invoice();

        fx.run("""
                string.upper = function() return "evil" end
                local ok = pcall(function() getmetatable("").__index = {} end)
                record.note = tostring(getmetatable("")) .. " " .. tostring(ok) .. " " .. ("x"):upper()
                """, pair);
        var next = LuaFixture.invoice();
        fx.run("record.note = string.upper('y') .. ('z'):upper()", next);

        assertThat(pair.record()).containsEntry("note", "false false X");
        assertThat(next.record()).containsEntry("note", "YZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "while true do end",
        "pcall(function() while true do end end)",
        "xpcall(function() repeat until false end, function(e) return e end)",
        "for i = 1, 10 do pcall(function() while true do end end) end",
        "load('while true do end', 'x', 't', {})()",
        "string.gsub('abc', '%w', function(c) while true do end end)"})
    void aRunawayLoopTimesOutEvenInsidePcall(String loop) {
        fx.timeoutMs = 150;

        assertThatThrownBy(() -> fx.run("local x = 1\n" + loop, LuaFixture.invoice()))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                    assertThat(e.getMessage()).startsWith(LuaFixture.PATH + ":2: timed out after 150 ms");
                    assertThat(e.line()).isEqualTo(2);
                });
        assertStillWorks();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "local s = string.rep('x', 1.5e9)",
        "local ok, s = pcall(string.rep, 'x', 1.5e9)",
        "local s = ('x'):rep(1e6, ('y'):rep(100))",
        "local s = 'x' for i = 1, 40 do s = s .. s end",
        "local s = ('x'):rep(4e6) local t = s .. s .. s",
        "local s = ('x'):rep(1e6):gsub('x', ('y'):rep(100))",
        "local t = {} for i = 1, 100 do t[i] = ('x'):rep(1e6) end local s = table.concat(t)",
        "local t = {} for i = 1, 1000 do t[i] = ('x'):rep(8e6 - i) end",
        "local s = string.format(('%s'):rep(60), unpack((function() local t = {} for i = 1, 60 do t[i] = ('x'):rep(4e6) end return t end)()))"})
    void memoryBombsFailTheTriggerNotTheProcess(String bomb) {
        assertThatThrownBy(() -> fx.run("local x = 1\n" + bomb, LuaFixture.invoice()))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                    assertThat(e.getMessage()).startsWith(LuaFixture.PATH + ":2: ")
                            .containsAnyOf("limit is", "memory limit");
                });
        assertThat(fx.host.writes).isEmpty();
        assertStillWorks();
    }

    @Test
    void tooManyResultsFailLikeLuasStackLimit() {
        assertThatThrownBy(() -> fx.run("local t = {unpack({}, 1, 1e8)}", LuaFixture.invoice()))
                .hasMessageContaining("too many results to unpack");
        assertThatThrownBy(() -> fx.run("local t = {string.byte(('x'):rep(1e6), 1, -1)}", LuaFixture.invoice()))
                .hasMessageContaining("string slice too long");
    }

    @Test
    void aPathologicalPatternFailsTheTrigger() {
        String script = "local x = 1\nlocal s = ('a'):rep(40)\nlocal r = s:find(('a?'):rep(40) .. ('a'):rep(40) .. 'b')";

        assertThatThrownBy(() -> fx.run(script, LuaFixture.invoice()))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                    assertThat(e.getMessage()).startsWith(LuaFixture.PATH + ":3: pattern too slow");
                });
        assertStillWorks();
    }

    @Test
    void endlessRecursionFailsWithStackOverflow() {
        assertThatThrownBy(() -> fx.run("local function f() return 1 + f() end\nf()", LuaFixture.invoice()))
                .hasMessageContaining("stack overflow");
        assertStillWorks();
    }

    @Test
    void aRefusedNestedOperationCannotBeSwallowedByPcall() {
        fx.host.refuseCreatesWith = "Number is required";

        assertThatThrownBy(() -> fx.run("""
                local gospel = require("gospellua")
                local ok = pcall(gospel.insert, "account", {name = "x"})
                record.note = "swallowed"
                """, LuaFixture.invoice()))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.REJECTED);
                    assertThat(e.getMessage()).isEqualTo(LuaFixture.PATH + ":2: Number is required");
                });
    }

    @Test
    void lua51HabitsWork() {
        var pair = LuaFixture.invoice();

        fx.run("""
                local t = {10, 20, 30}
                local a, b, c = unpack(t)
                local f = loadstring("return ...")
                record.total = a + b + c + table.getn(t) + math.mod(7, 4) + table.maxn({[5] = 1}) + f(100)
                record.note = _VERSION .. " " .. string.gsub("hello world", "o", "0") .. " " .. ("%d"):format(7)
                """, pair);

        assertThat(pair.record()).containsEntry("total", 171L).containsEntry("note", "Lua 5.1 hell0 w0rld 7");
    }

    @Test
    void mathRandomIsDeterministicFromRunToRun() {
        String script = "record.note = math.random(1, 1000) .. ' ' .. math.random(1, 1000)";
        var first = LuaFixture.invoice();
        var second = LuaFixture.invoice();

        fx.run(script, first);
        fx.run(script, second);

        assertThat(first.record().get("note")).isEqualTo(second.record().get("note"));
    }

    @Test
    void loadWithAnEnvironmentRunsInThatEnvironment() {
        var pair = LuaFixture.invoice();

        fx.run("local f = load('return answer', 'chunk', 't', {answer = 42})\nrecord.total = f()", pair);

        assertThat(pair.record()).containsEntry("total", 42L);
    }

    @Test
    void instructionsAreCountedPerRun() {
        long small = fx.run("for i = 1, 10 do end", LuaFixture.invoice()).instructions();
        long large = fx.run("for i = 1, 10000 do end", LuaFixture.invoice()).instructions();

        assertThat(small).isPositive();
        assertThat(large).isGreaterThan(small * 100);
    }

    private void assertStillWorks() {
        RecordPair pair = LuaFixture.invoice();
        fx.timeoutMs = 10_000;
        fx.run("record.note = string.rep('ab', 3) .. ('x'):upper()", pair);
        assertThat(pair.record()).containsEntry("note", "abababX");
    }
}
