package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;

/**
 * One sandbox serves every record of a chunk, so each record must start from exactly the globals the
 * first one saw: whatever a run sets, removes, replaces, sorts or hides behind a metatable is undone
 * before the next record, and nothing crosses from one trigger (or chunk) to another.
 */
class LuaResetTest {
    /**
     * Writes every table reachable from _G (keys sorted, functions and tables by identity, metatables
     * included) into record.note for records numbered "probe"; other records run the mutation, then
     * store whether it took effect within their own run.
     */
    private static final String PROBE = """
            local function dump()
              local seen, out = {}, {}
              local function walk(t, path)
                if seen[t] then out[#out + 1] = path .. " = <" .. seen[t] .. ">" return end
                seen[t] = path
                out[#out + 1] = path .. " " .. tostring(t) .. " mt " .. tostring(getmetatable(t))
                local keys = {}
                for k in next, t do keys[#keys + 1] = k end
                table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
                for _, k in ipairs(keys) do
                  local v = rawget(t, k)
                  if type(v) == "table" then walk(v, path .. "." .. tostring(k))
                  else out[#out + 1] = path .. "." .. tostring(k) .. " = " .. type(v) .. " " .. tostring(v) end
                end
              end
              walk(_G, "_G")
              return table.concat(out, "\\n")
            end
            if record.number == "probe" then record.note = dump() return end
            """;

    private final LuaFixture fx = new LuaFixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x = 1                                                      | x == 1
            function helper() return 1 end                             | helper() == 1
            for i = 1, 100 do _G['g' .. i] = i end                     | g100 == 100
            for i = 1, 1000 do x = i end                               | x == 1000
            for k in pairs(math) do math[k] = nil end                  | next(math) == nil
            local G = _G for k in pairs(G) do if k ~= 'tostring' and k ~= 'record' then G[k] = nil end end | string == nil and pairs == nil
            a = 1 setmetatable(table, {}) table.b = 1 table.insert(table, 'x') table.sort(table) table.insert = nil | table.insert == nil and table[1] == 'x'
            rawset(_G, 'y', {})                                        | type(y) == 'table'
            load('z = 5')()                                            | z == 5
            load('function lf() q = 6 end')() lf()                     | q == 6 and lf ~= nil
            load('w = 7', 'chunk', 't', _G)()                          | w == 7
            _ENV.e = 8                                                 | e == 8
            _G._G = nil                                                | _G == nil
            string = nil                                               | string == nil
            string.upper = nil                                         | string.upper == nil
            bit32.band = print                                         | bit32.band == print
            math.pi = 3                                                | math.pi == 3
            rawset(table, 1, 'a') rawset(table, 2, 'b')                | table[2] == 'b'
            table.insert(table, 'a')                                   | table[1] == 'a'
            setmetatable(_G, {__index = function() return 7 end})      | undefined_name == 7
            setmetatable(string, {__index = {extra = 1}})              | string.extra == 1
            setmetatable(math, {__mode = 'kv'})                        | getmetatable(math).__mode == 'kv'
            table.sort(context.user.groups, function(a, b) return a > b end) | context.user.groups[1] == 'c'
            table.remove(context.user.groups, 1)                       | #context.user.groups == 2
            context.user.name = 'Mallory'                              | context.user.name == 'Mallory'
            context = nil                                              | context == nil
            package.loaded.string = nil                                | package.loaded.string == nil
            package.path = '/tmp/?.lua'                                | package.path == '/tmp/?.lua'
            setmetatable(package, {__index = function() return 1 end}) | package.anything == 1
            package.preload.evil = function() return 42 end            | require('evil') == 42
            package.searchers[2] = function() return function() return 43 end end | require('other') == 43
            require('gospellua').log = nil                             | require('gospellua').log == nil
            """)
    void noChangeARecordMakesIsSeenByTheNextRecord(String mutation, String check) {
        CompiledScript compiled = fx.compile(PROBE + mutation + "\nrecord.note = tostring(" + check + ")");
        RecordPair before = probe();
        RecordPair mutated = LuaFixture.invoice("number", "mutate");
        RecordPair after = probe();

        compiled.run(invocation(before, mutated, after), fx.host);

        assertThat(mutated.record()).containsEntry("note", "true");
        assertThat(before.record().get("note")).asString().contains(".string.upper = function")
                .contains("_G.context.user.groups.3 = string c");
        assertThat(after.record().get("note")).isEqualTo(before.record().get("note"));
    }

    @Test
    void aGlobalSetForOneRecordIsNilForTheNext() {
        CompiledScript compiled = fx.compile("record.note = tostring(leftover)\nleftover = record.number");
        RecordPair first = LuaFixture.invoice("number", "one");
        RecordPair second = LuaFixture.invoice("number", "two");

        compiled.run(invocation(first, second), fx.host);

        assertThat(first.record()).containsEntry("note", "nil");
        assertThat(second.record()).containsEntry("note", "nil");
    }

    @Test
    void nothingCrossesFromOneTriggerOrChunkToAnother() {
        CompiledScript a = fx.compile("shared = 'from A'\nstring.upper = function() return 'evil' end\n"
                + "table.insert(context.user.groups, 'root')");
        CompiledScript b = fx.compile("record.note = tostring(shared) .. ' ' .. string.upper('x') .. ' '"
                + " .. #context.user.groups");
        RecordPair first = LuaFixture.invoice();
        RecordPair second = LuaFixture.invoice();
        RecordPair nextChunk = LuaFixture.invoice();

        a.run(invocation(first), fx.host);
        b.run(invocation(second), fx.host);
        a.run(invocation(LuaFixture.invoice()), fx.host);
        b.run(invocation(nextChunk), fx.host);

        assertThat(second.record()).containsEntry("note", "nil X 3");
        assertThat(nextChunk.record()).containsEntry("note", "nil X 3");
    }

    @Test
    void mathRandomDoesNotDependOnWhatAnEarlierRecordSeeded() {
        CompiledScript compiled = fx.compile("if record.number == 'seed' then math.randomseed(99) return end\n"
                + "record.note = tostring(math.random(1, 1000000))");
        RecordPair afterSeeding = LuaFixture.invoice();
        RecordPair plain = LuaFixture.invoice();

        compiled.run(invocation(LuaFixture.invoice("number", "seed"), afterSeeding), fx.host);
        compiled.run(invocation(LuaFixture.invoice("number", "no seed"), plain), fx.host);

        assertThat(afterSeeding.record().get("note")).isEqualTo(plain.record().get("note"));
    }

    @Test
    void eachRecordHasItsOwnStringAllowance() {
        CompiledScript compiled = fx.compile("for i = 1, 20 do local s = ('x'):rep(8e6 - i) end\nrecord.note = 'ok'");
        RecordPair first = LuaFixture.invoice();
        RecordPair second = LuaFixture.invoice();

        compiled.run(invocation(first, second), fx.host);

        assertThat(second.record()).containsEntry("note", "ok");
    }

    @Test
    void anErrorInALaterRecordStillNamesTheScriptAndLine() {
        CompiledScript compiled = fx.compile("helper = function() return 1 end\nif record.number == 'bad' then\n"
                + "  local t = nil\n  t.x = 1\nend");

        assertThatThrownBy(() -> compiled.run(invocation(LuaFixture.invoice(), LuaFixture.invoice("number", "bad")),
                fx.host))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(LuaFixture.PATH + ":4: attempt to index a nil value");
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void aNestedRunOfAnotherTriggerLeavesTheOuterRunItsLimitsAndGlobals() {
        CompiledScript inner = fx.compile("nested = true\nrecord.note = ('i'):rep(2)");
        fx.host.onCreate = () -> inner.run(invocation(LuaFixture.invoice()), fx.host);
        RecordPair outer = LuaFixture.invoice();

        fx.compile("""
                local gospel = require("gospellua")
                gospel.insert("account", {name = "x"})
                record.note = ('o'):rep(2) .. tostring(nested) .. string.format("%d", 7)
                """).run(invocation(outer), fx.host);

        assertThat(outer.record()).containsEntry("note", "oonil7");
    }

    @Test
    void entriesAWeakMetatableLetTheCollectorDropAreBackForTheNextRecord() {
        TrackedTable t = new TrackedTable(0, 4);
        for (int i = 0; i < 100; i++) {
            t.set("k" + i, new LuaTable());
        }
        t.undo().clear();
        LuaTable weak = new LuaTable();
        weak.set("__mode", "v");

        t.setmetatable(weak);
        for (int i = 0; i < 5 && t.next(LuaValue.NIL).arg1().isnil() == false && t.keyCount() == 100; i++) {
            System.gc();
        }
        t.undo().undo(t);

        assertThat(t.getmetatable()).isNull();
        assertThat(t.keyCount()).isEqualTo(100);
        assertThat(t.get("k99").istable()).isTrue();
    }

    @Test
    void eachInvocationSeesItsOwnContextAndNotTheLastOnesChanges() {
        CompiledScript compiled = fx.compile("""
                record.note = context.event .. " " .. context.user.name .. " " .. #context.user.groups
                    .. " " .. tostring(context.extra)
                context.extra = "left"
                table.insert(context.user.groups, "x")
                """);
        RecordPair first = LuaFixture.invoice();
        RecordPair second = LuaFixture.invoice();

        compiled.run(invocation(first), fx.host);
        compiled.run(new Invocation(fx.trigger(), Timing.BEFORE, Event.UPDATE,
                Map.of("id", "bob", "name", "Bob", "groups", List.of()), new ArrayList<>(List.of(second)),
                10_000, 0, 1, 1), fx.host);

        assertThat(first.record()).containsEntry("note", "create Alice 3 nil");
        assertThat(second.record()).containsEntry("note", "update Bob 0 nil");
    }

    @Test
    void anInvocationThatFailedLeavesNothingForTheNext() {
        CompiledScript compiled = fx.compile("""
                record.note = tostring(leak) .. " " .. tostring(string.leak)
                leak = 1
                string.leak = 2
                if record.number == "fail" then error("stop") end
                """);
        RecordPair after = LuaFixture.invoice();

        assertThatThrownBy(() -> compiled.run(invocation(LuaFixture.invoice("number", "fail")), fx.host))
                .hasMessageContaining("stop");
        compiled.run(invocation(after), fx.host);

        assertThat(after.record()).containsEntry("note", "nil nil");
    }

    /**
     * LuaJ's own globals object (which makes the hook run) is not the one scripts write: writes of
     * every kind, from the script and from chunks it loads, all land in the tracked globals.
     */
    @Test
    void noWriteReachesLuaJsOwnGlobals() {
        Sandbox sandbox = Sandbox.create(LuaFixture.PATH);
        RunGuard guard = new RunGuard(10_000);
        sandbox.bind(guard, fx.host, new LuaTable());
        sandbox.hook().enter();
        sandbox.prepare(LuaValue.NIL, LuaValue.NIL, 0, null);

        try {
            sandbox.chunk(LuaRuntime.prototype(LuaFixture.PATH, """
                    x = 1 rawset(_G, 'y', 2) _ENV.z = 3
                    load('w = 4')() loadstring('v = 5')() load('function f() u = 6 end')() f()
                    table.insert(_G, 7) setmetatable(_G, {}) table.sort(_G)
                    """)).call();
        } finally {
            guard.leave();
        }

        assertThat(sandbox.keepsLuaJsGlobalsEmpty()).isTrue();
    }

    /** The structural half: every table a script can reach when a record starts is one that is put back. */
    @Test
    void everyTableReachableFromTheGlobalsIsRestored() {
        Sandbox sandbox = Sandbox.create(LuaFixture.PATH);
        LuaTable context = new LuaTable();
        context.set("user", LuaValues.toLua(Map.of("groups", List.of("a", "b"), "name", "Alice")));
        sandbox.bind(new RunGuard(1000), fx.host, context);
        LuaTable globals = sandbox.prepare(LuaValue.NIL, LuaValue.NIL, 0, null);

        List<LuaTable> reachable = new ArrayList<>();
        collect(globals, reachable, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));

        assertThat(reachable).hasSizeGreaterThan(10)
                .allSatisfy(t -> assertThat(sandbox.restores(t)).as(t.toString()).isTrue());
    }

    private static void collect(LuaTable t, List<LuaTable> out, Set<LuaTable> seen) {
        if (!seen.add(t)) {
            return;
        }
        out.add(t);
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs e = t.next(k);
            if ((k = e.arg1()).isnil()) {
                return;
            }
            if (e.arg(2).istable()) {
                collect((LuaTable) e.arg(2), out, seen);
            }
        }
    }

    private static RecordPair probe() {
        return LuaFixture.invoice("number", "probe");
    }

    private Invocation invocation(RecordPair... pairs) {
        Map<String, Object> user = Map.of("id", "alice", "name", "Alice", "groups", List.of("a", "b", "c"));
        return new Invocation(fx.trigger(), Timing.BEFORE, Event.CREATE, user, new ArrayList<>(List.of(pairs)),
                10_000, 0, 1, 1);
    }
}
