package dev.triggerstudio.lang.python;

import static dev.triggerstudio.lang.python.Py.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the CONSTRAINED sandbox and the watchdog refuse, and that Python keeps working after. */
class PythonSandboxTest {
    private final FakeHost host = new FakeHost();

    private ScriptException failureOf(String body, long timeoutMs) {
        String text = "import os\n\nasync def execute(context):\n" + body.indent(4);
        try (CompiledScript script = Py.compile(text)) {
            return catchThrowableOfType(ScriptException.class,
                    () -> script.run(Py.invocation(Timing.BEFORE, Event.CREATE, timeoutMs, lead("l1")), host));
        }
    }

    private void assertPythonStillWorks() {
        RecordPair pair = lead("l1", "first", "Ada", "last", "Lovelace");
        Py.runOnce(Py.resource("seed_full_name.py"), Timing.BEFORE, Event.CREATE, new FakeHost(), pair);
        assertThat(pair.record()).containsEntry("full_name", "Ada Lovelace");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            open a file            | open('/etc/passwd').read()                                             | PermissionError
            list a folder          | os.listdir('/')                                                        | PermissionError
            os.system              | os.system('touch /tmp/pwned')                                          | not available in the trigger sandbox
            subprocess             | import subprocess; subprocess.run(['ls'])                              | PermissionError
            socket                 | import socket; socket.socket().connect(('127.0.0.1', 80))              | sockets
            threads                | import threading; threading.Thread(target=print).start()               | starting a thread
            java.type              | import java; java.type('java.lang.System').exit(3)                     | access has been denied
            polyglot eval          | import polyglot; polyglot.eval(language='js', string='1')              | polyglot access is not allowed
            ctypes                 | import ctypes                                                          | ImportError
            graalpython read_file  | __graalpython__.read_file('/etc/passwd')                               | Error
            posix directly         | import posix; posix.system('ls')                                       | not available in the trigger sandbox
            """)
    void refusesAndKeepsWorking(String what, String body, String messagePart) {
        ScriptException e = failureOf(body, 10_000);

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).contains(messagePart);
        assertThat(e.path()).isEqualTo(Py.PATH);
        assertThat(e.line()).isEqualTo(4);
        assertPythonStillWorks();
    }

    @Test
    void environmentVariablesOfTheHostAreNotVisible() {
        RecordPair pair = lead("l1");
        Py.runOnce("import os\nasync def execute(context):\n    context.new_map['l1']['env'] = sorted(os.environ)\n",
                Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record().get("env")).asList().doesNotContain("PATH", "HOME", "JAVA_HOME");
    }

    @Test
    void writesThroughQuerySqlFailAndLeaveTheStoreAlone() throws SQLException {
        ScriptException e = failureOf("await context.query.sql(\"delete from lead\")", 10_000);

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).contains("query.sql").containsIgnoringCase("readonly");
        try (Statement s = host.db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from lead")) {
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        assertPythonStillWorks();
    }

    @Test
    void anEndlessLoopIsStoppedAtTheTimeoutAtItsLineAndTheNextTriggerRuns() {
        // lines 4-6 of the trigger: the loop's body is where it was stopped
        ScriptException e = failureOf("x = 0\nwhile True:\n    x += 1", 1_000);

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).startsWith(Py.PATH + ":6: ")
                .contains("longer than 1000 ms").contains("trigger_timeout_ms");
        assertThat(e.path()).isEqualTo(Py.PATH);
        assertThat(e.line()).isEqualTo(6);
        assertPythonStillWorks();
    }

    @Test
    void aTimeoutInAFunctionTheTriggerCallsNamesThatFunctionsLine() {
        String text = "def spin(n):\n    while n >= 0:\n        n += 1\n\n"
                + "async def execute(context):\n    total = 1\n    spin(total)\n";
        try (CompiledScript script = Py.compile(text)) {
            ScriptException e = catchThrowableOfType(ScriptException.class,
                    () -> script.run(Py.invocation(Timing.BEFORE, Event.CREATE, 1_000, lead("l1")), host));

            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).startsWith(Py.PATH + ":3: ");
        }
        assertPythonStillWorks();
    }

    @Test
    void aTimeoutInsideOneLongExpressionNamesItsStatement() {
        ScriptException e = failureOf("n = 10 ** 12\ncount = sum(1 for i in range(n))\nx = 1", 1_000);

        assertThat(e.getMessage()).contains("longer than 1000 ms");
        assertThat(e.line()).isEqualTo(5);
        assertPythonStillWorks();
    }

    @Test
    void anEndlessLoopAtTheTopLevelIsStoppedToo() {
        try (CompiledScript script = Py.compile("x = 1\nwhile True:\n    pass\n\nasync def execute(context):\n    pass\n")) {
            ScriptException e = catchThrowableOfType(ScriptException.class,
                    () -> script.run(Py.invocation(Timing.BEFORE, Event.CREATE, 1_000, lead("l1")), host));

            assertThat(e.getMessage()).contains("longer than 1000 ms");
            assertThat(e.line()).isEqualTo(3);
        }
        assertPythonStillWorks();
    }

    @Test
    void deepRecursionFailsWithRecursionError() {
        ScriptException e = failureOf("def f(n):\n    return f(n + 1)\nf(0)", 10_000);

        assertThat(e.getMessage()).contains("RecursionError");
        assertPythonStillWorks();
    }
}
