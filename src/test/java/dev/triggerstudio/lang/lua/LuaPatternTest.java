package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.RecordPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luaj.vm2.Globals;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.compiler.LuaC;

/**
 * The sandbox's bounded matcher gives the same results as LuaJ's own string library (the
 * reference) for find, match, gmatch and gsub over a table of patterns.
 */
class LuaPatternTest {
    /** Runs every pattern function on s and p and describes all results in one string. */
    private static final String PROBE = """
            local function show(...)
              local t = {}
              for i = 1, select('#', ...) do t[#t + 1] = tostring((select(i, ...))) end
              return table.concat(t, ",")
            end
            local out = {}
            out[#out + 1] = show(pcall(string.find, s, p))
            out[#out + 1] = show(pcall(string.find, s, p, 3))
            out[#out + 1] = show(pcall(string.find, s, p, -4))
            out[#out + 1] = show(pcall(string.match, s, p))
            out[#out + 1] = show(pcall(string.gsub, s, p, "<%0>"))
            out[#out + 1] = show(pcall(string.gsub, s, p, function(a) return a and ("[" .. a .. "]") end, 2))
            out[#out + 1] = show(pcall(string.gsub, s, p, {x = "X", a = false}))
            return table.concat(out, " | ")
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            hello world            ~ o
            hello world            ~ l+
            hello world            ~ (h)(e)
            hello world            ~ ^hello
            hello world            ~ world$
            hello world            ~ ^world
            hello world            ~ %w+
            hello world            ~ (%w+) (%w+)
            key = value            ~ (%w+)%s*=%s*(%w+)
            a,b,,c                 ~ ([^,]*)
            THE (quick) fox        ~ %((%a+)%)
            THE (quick) fox        ~ %b()
            f(a(b)c)d              ~ %b()
            abcabc                 ~ (a)(b)c%1
            abc123def              ~ %d+
            abc123def              ~ [%a]+
            abc123def              ~ [^%d]+
            abc-123                ~ [a-c%-]+
            x = 10.5e3             ~ [%d%.e]+
            aaa                    ~ a-
            aaa                    ~ a-b
            aaab                   ~ a-b
            aaab                   ~ a*
            aaab                   ~ a?a?b
            ""                     ~ a*
            abc                    ~ ()
            abc                    ~ ()b()
            one two  three         ~ %s+
            tab	here               ~ %c
            x                      ~ %
            x                      ~ (x
            x                      ~ x)
            a.b.c                  ~ %.
            a.b.c                  ~ .
            <a><b>                 ~ <(.-)>
            <a><b>                 ~ <(.*)>
            Ünïcödé bytes          ~ [\\128-\\255]+
            100%                   ~ %%
            """)
    void theBoundedMatcherAgreesWithLuaJ(String subject, String pattern) {
        String expected = reference(subject, pattern);
        LuaFixture fx = new LuaFixture();
        RecordPair probe = LuaFixture.invoice("number", subject, "note", pattern);
        fx.run("local s, p = record.number, record.note\nrecord.note = (function() " + PROBE + " end)()", probe);

        assertThat(probe.record().get("note")).isEqualTo(expected);
    }

    /**
     * Where LuaJ 3.0.1's matcher is wrong the sandbox's follows Lua 5.2: gmatch moves past an
     * empty match (LuaJ repeats it forever), %f works and a malformed pattern is a Lua error
     * (LuaJ throws ArrayIndexOutOfBoundsException).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            abc        ~ ()             ~ 1 2 3 4
            a,b,,c     ~ ([^,]*)        ~ "a  b   c "
            ""         ~ a*             ~ ""
            aaab       ~ a*             ~ "aaa  "
            THE END    ~ %f[%w]%w+      ~ THE END
            THE (x)    ~ %f[%a]%a+      ~ THE x
            """)
    void gmatchFollowsLua52WhereLuaJDoesNot(String subject, String pattern, String expected) {
        RecordPair probe = LuaFixture.invoice("number", subject, "note", pattern);

        new LuaFixture().run("""
                local t = {}
                for w in string.gmatch(record.number, record.note) do t[#t + 1] = tostring(w) end
                record.note = table.concat(t, " ")
                """, probe);

        assertThat(probe.record().get("note")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            string.find('x', '[')      ~ malformed pattern (missing ']')
            string.match('', '')       ~ OK
            string.match('abc', '')    ~ OK
            string.find('abc', '%1')   ~ invalid capture index %1
            string.find('x', '%f')     ~ missing '[' after '%f' in pattern
            string.find('x', '(')      ~ unfinished capture
            string.gsub('x', 'x', '%2') ~ invalid capture index %2
            """)
    void malformedPatternsAreLuaErrors(String call, String expected) {
        RecordPair probe = LuaFixture.invoice();

        new LuaFixture().run("local ok, err = pcall(function() return " + call + " end)\n"
                + "record.note = ok and 'OK' or err", probe);

        assertThat((String) probe.record().get("note")).endsWith(expected);
    }

    /** LuaJ's own string library, unbounded, as the reference. */
    private static String reference(String subject, String pattern) {
        Globals g = new Globals();
        g.load(new BaseLib());
        g.load(new PackageLib());
        g.load(new StringLib());
        g.load(new TableLib());
        LuaC.install(g);
        g.set("s", subject);
        g.set("p", pattern);
        try {
            return g.load("return (function() " + PROBE + " end)()", "reference").call().tojstring();
        } finally {
            SafeStrings.protect();
        }
    }
}
