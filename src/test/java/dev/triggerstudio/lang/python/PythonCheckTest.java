package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ./studio check on Python files: compile-only, never runs the file. */
class PythonCheckTest {

    private static List<Diagnostic> check(String text) {
        return Py.RUNTIME.check(new ScriptSource(Py.PATH, text, null), new CheckContext(null));
    }

    @Test
    void aCleanTriggerHasNoDiagnostics() {
        assertThat(check(Py.resource("seed_full_name.py"))).isEmpty();
    }

    @Test
    void aSyntaxErrorHasItsLineAndColumn() {
        List<Diagnostic> found = check("async def execute(context):\n    total = 1 +* 2\n");

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().toString()).startsWith(Py.PATH + ":2:16: error: ");
    }

    @Test
    void aMissingColonIsReportedAtTheEndOfItsLine() {
        List<Diagnostic> found = check("async def execute(context):\n    for r in context.new_map.values()\n        pass\n");

        assertThat(found).singleElement().hasToString(Py.PATH + ":2:38: error: expected ':'");
    }

    @Test
    void compileTimeErrorsBeyondTheParserAreFoundToo() {
        List<Diagnostic> found = check("async def execute(context):\n    pass\nreturn 1\n");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("'return' outside function");
        });
    }

    @Test
    void aFileWithoutExecuteIsAnError() {
        assertThat(check("def run(context):\n    pass\n")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("async def execute(context)"));
    }

    @Test
    void aPlainDefExecuteIsAWarning() {
        assertThat(check("def execute(context):\n    pass\n")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING));
    }

    @Test
    void importingWhatTheSandboxRefusesIsAWarningAtTheImport() {
        List<Diagnostic> found = check("import json\nimport requests\n\nasync def execute(context):\n    pass\n");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("'requests'");
        });
    }

    @Test
    void checkingNeverRunsTheFile() {
        // run, either top level would fail: the raise at once, the loop at the checker's timeout
        assertThat(check("raise RuntimeError('ran')\n\nasync def execute(context):\n    pass\n")).isEmpty();
        assertThat(check("while True:\n    pass\n\nasync def execute(context):\n    pass\n")).isEmpty();
    }
}
