package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors point at the user's script: path, line and Lua's own wording. */
class LuaErrorsTest {
    private final LuaFixture fx = new LuaFixture();

    private List<Diagnostic> check(String script) {
        return fx.runtime.check(new ScriptSource(LuaFixture.PATH, script, fx.trigger()), null);
    }

    @Test
    void aRuntimeErrorCarriesThePathAndLineOfTheScript() {
        String script = """
                local gospel = require("gospellua")
                local account = gospel.loadRecord("account", "missing")
                -- account is nil here
                record.note = account.name
                """;

        assertThatThrownBy(() -> fx.run(script, LuaFixture.invoice()))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("triggers/check_status.lua:4: attempt to index a nil value");
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                    assertThat(e.path()).isEqualTo(LuaFixture.PATH);
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            error('Amount must be positive')        | 2: Amount must be positive
            local y = nil + 1                       | 2: attempt to perform arithmetic on a nil value
            undefinedFunction()                     | 2: attempt to call a nil value
            local n = #nil                          | 2: attempt to get length of a nil value
            local s = 'a' .. {}                     | 2: attempt to concatenate a table value
            local t = nil; t.x = 1                  | 2: attempt to index a nil value
            record.no_such_field = 1                | 2: invoice has no field 'no_such_field'
            local f = function() error('deep') end\\nf() | 2: deep
            """)
    void runtimeErrorsReadLikeLua51(String body, String expected) {
        String script = "local x = 1\n" + body.replace("\\n", "\n");

        assertThatThrownBy(() -> fx.run(script, LuaFixture.invoice()))
                .hasMessage(LuaFixture.PATH + ":" + expected);
    }

    @Test
    void pcallSeesTheSameWordingAsAnUncaughtError() {
        var pair = LuaFixture.invoice();

        fx.run("local ok, err = pcall(function() local t = nil; return t.x end)\nrecord.note = err", pair);

        assertThat(pair.record()).containsEntry("note", "triggers/check_status.lua:1: attempt to index a nil value");
    }

    @Test
    void compilingASyntaxErrorFailsWithItsLine() {
        assertThatThrownBy(() -> fx.compile("local x = 1\nif x then\n  x = = 2\nend"))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("triggers/check_status.lua:3: unexpected symbol near '='");
                });
    }

    @Test
    void checkReportsSyntaxErrorsWithLineAndColumn() {
        List<Diagnostic> d = check("local x = 1\nif x then\n  x = = 2\nend");

        assertThat(d).hasSize(1);
        assertThat(d.getFirst().toString()).isEqualTo("triggers/check_status.lua:3:7: error: unexpected '='");
    }

    @Test
    void checkReportsAnUnfinishedCallWhereItStopsNotAtTheStart() {
        List<Diagnostic> d = check("local gospel = require(\"gospellua\")\nrecord.x = 1\ngospel.x(");

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.isError()).isTrue();
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isEqualTo(9);
            assertThat(x.message()).contains("unfinished statement");
        });
    }

    @Test
    void checkReportsAMissingEnd() {
        List<Diagnostic> d = check("if record.total then\n  record.note = 'x'\n");

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.isError()).isTrue();
            assertThat(x.message()).contains("missing its 'end'");
        });
    }

    @Test
    void checkReportsWhatOnlyTheCompilerRefuses() {
        List<Diagnostic> d = check("for i = 1, 2 do end\nbreak\n");

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.isError()).isTrue();
            assertThat(x.message()).contains("break");
        });
    }

    @Test
    void checkWarnsWhereRejectTransactionIsNotFollowedByReturn() {
        List<Diagnostic> d = check("""
                local gospel = require("gospellua")
                if record.total == nil then
                    gospel.rejectTransaction("Total is required")
                end
                if record.status == "Paid" then
                  gospel.rejectTransaction("Paid invoices are locked")
                  return
                end
                local function check(r)
                  if r.total < 0 then gospel.rejectTransaction("negative") end
                end
                record.note = "checked"
                gospel.rejectTransaction("last statement of the script")
                """);

        assertThat(d).extracting(Diagnostic::toString).containsExactly(
                "triggers/check_status.lua:3:5: warning: " + LuaChecker.REJECT_WARNING,
                "triggers/check_status.lua:10:23: warning: " + LuaChecker.REJECT_WARNING);
    }
}
