package dev.triggerstudio.lang.python;

import static dev.triggerstudio.lang.python.Py.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a Python run ends (rejected, failed, edited records) and how values come back to Java. */
class PythonOutcomesTest {
    private final FakeHost host = new FakeHost();

    private ScriptException failure(String text, RecordPair... records) {
        try (CompiledScript script = Py.compile(text)) {
            return catchThrowableOfType(ScriptException.class,
                    () -> script.run(Py.invocation(Timing.BEFORE, Event.UPDATE, records), host));
        }
    }

    @Test
    void httpExceptionFromFastapiRejectsWithItsDetailAndLine() {
        ScriptException e = failure("""
                from fastapi import HTTPException

                async def execute(context):
                    for record in context.new_map.values():
                        if record.get('amount', 0) < 0:
                            raise HTTPException(status_code=400, detail="Amount must be positive")
                """, lead("l1", "amount", -5L));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.REJECTED);
        assertThat(e.getMessage()).isEqualTo("Amount must be positive");
        assertThat(e.path()).isEqualTo(Py.PATH);
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void httpExceptionFromValstormRejectsToo() {
        ScriptException e = failure("from valstorm import HTTPException\nasync def execute(context):\n    raise HTTPException(422, 'no')\n", lead("l1"));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.REJECTED);
        assertThat(e.getMessage()).isEqualTo("no");
    }

    @Test
    void anyOtherExceptionFailsAtTheTracebackLineInTheTriggerFile() {
        ScriptException e = failure("""
                def ratio(r):
                    return r['a'] / r['b']

                async def execute(context):
                    for r in context.new_map.values():
                        ratio(r)
                """, lead("l1", "a", 1L, "b", 0L));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).as("the one line a user sees names the file and line first, as Lua's and Stanza's do")
                .isEqualTo(Py.PATH + ":2: ZeroDivisionError: division by zero");
        assertThat(e.line()).isEqualTo(2);
        assertThat(host.logs).anySatisfy(l -> assertThat(l).startsWith("error: Traceback").contains("line 6, in execute"));
    }

    @Test
    void anErrorAtTheTopLevelFailsWithItsLine() {
        ScriptException e = failure("import json\nimport requests_that_do_not_exist\n\nasync def execute(context):\n    pass\n", lead("l1"));

        assertThat(e.getMessage()).contains("ModuleNotFoundError");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void aSyntaxErrorFailsTheCompileWithLineAndColumn() {
        ScriptException e = catchThrowableOfType(ScriptException.class,
                () -> Py.compile("async def execute(context):\n    x = (1 +\n"));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isPositive();
    }

    @Test
    void aRejectedNestedOperationRejectsTheTriggerWhenNotCaught() {
        host.rejectCreatesOf = "task";
        ScriptException e = failure("async def execute(context):\n    await context.records.create('task', {'subject': 'x'})\n", lead("l1"));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.REJECTED);
        assertThat(e.getMessage()).isEqualTo("nested create of task refused");
        assertThat(e.path()).isEqualTo("triggers/nested.py");
    }

    @Test
    void aTriggerMayCatchAPlatformErrorAndGoOn() {
        host.rejectCreatesOf = "task";
        RecordPair pair = lead("l1");
        Py.runOnce("""
                from valstorm import PlatformError

                async def execute(context):
                    try:
                        await context.records.create('task', {'subject': 'x'})
                    except PlatformError as e:
                        context.new_map['l1']['note'] = e.kind + ': ' + e.message
                """, Timing.BEFORE, Event.UPDATE, host, pair);

        assertThat(pair.record()).containsEntry("note", "REJECTED: nested create of task refused");
    }

    @Test
    void anUnmockedIntegrationFailsNamingTheMissingMock() {
        ScriptException e = failure("async def execute(context):\n    await context.integrations.salesforce.query('SELECT Id FROM Lead')\n", lead("l1"));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).contains("no mock for salesforce.query");
    }

    @Test
    void awaitingAnEventLoopFailsClearly() {
        ScriptException e = failure("""
                class Later:
                    def __await__(self):
                        yield 'a future of some event loop'

                async def execute(context):
                    await Later()
                """, lead("l1"));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).contains("asyncio event loops are not available");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void aPlainDefExecuteRunsToo() {
        RecordPair pair = lead("l1");
        Py.runOnce("def execute(context):\n    context.new_map['l1']['x'] = 1\n", Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).containsEntry("x", 1L);
    }

    @Test
    void editedValuesComeBackAsJavaTypes() {
        RecordPair pair = lead("l1");
        Py.runOnce("""
                import datetime, decimal
                async def execute(context):
                    r = context.new_map['l1']
                    r.update(i=7, f=2.5, s='x', b=True, n=None, d={'k': [1, 2.0]}, t=(1, 2), st={3},
                             when=datetime.date(2026, 1, 2), dec=decimal.Decimal('1.25'),
                             at=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc))
                """, Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).containsEntry("i", 7L).containsEntry("f", 2.5).containsEntry("s", "x")
                .containsEntry("b", true).containsEntry("n", null).containsEntry("d", Map.of("k", List.of(1L, 2.0)))
                .containsEntry("t", List.of(1L, 2L)).containsEntry("st", List.of(3L))
                .containsEntry("when", "2026-01-02").containsEntry("dec", 1.25).containsEntry("at", "2026-01-02T03:04:05Z");
    }

    @Test
    void deletedKeysAreDeletedAndUntouchedRecordsKeepTheirMaps() {
        RecordPair edited = lead("l1", "first", "Ada", "temp", "x");
        RecordPair untouched = lead("l2", "count", 3);
        Map<String, Object> untouchedMap = untouched.record();
        Py.runOnce("async def execute(context):\n    del context.new_map['l1']['temp']\n", Timing.BEFORE, Event.CREATE, host, edited, untouched);

        assertThat(edited.record()).containsOnlyKeys("id", "first");
        assertThat(untouched.record()).isSameAs(untouchedMap).containsEntry("count", 3);
    }

    @Test
    void aValueThatCannotBeStoredFailsTheRun() {
        ScriptException e = failure("async def execute(context):\n    context.new_map['l1']['x'] = object()\n", lead("l1"));

        assertThat(e.getMessage()).contains("TypeError").contains("cannot leave the trigger");
    }

    @Test
    void aCircularValueFailsTheRunNamingIt() {
        ScriptException e = failure("async def execute(context):\n    loop = []\n    loop.append(loop)\n"
                + "    context.new_map['l1']['x'] = loop\n", lead("l1"));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).contains("Circular reference detected");
    }

    @Test
    void anIntegerBeyond64BitsFailsTheRun() {
        ScriptException e = failure("async def execute(context):\n    context.new_map['l1']['x'] = 2 ** 70\n", lead("l1"));

        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
        assertThat(e.getMessage()).contains("does not fit in 64 bits");
    }

    @Test
    void aCompiledTriggerRunsChunkAfterChunkKeepingItsModule() {
        try (CompiledScript script = Py.compile("calls = []\nasync def execute(context):\n    calls.append(1)\n"
                + "    for r in context.new_map.values():\n        r['n'] = len(calls)\n")) {
            List<RecordPair> seen = new ArrayList<>();
            for (int chunk = 0; chunk < 3; chunk++) {
                RecordPair pair = lead("l" + chunk);
                RunStats stats = script.run(Py.invocation(Timing.BEFORE, Event.CREATE, pair), host);
                seen.add(pair);
                assertThat(stats.waitMs()).as("the engine is warm").isZero();
            }
            assertThat(seen).extracting(p -> p.record().get("n")).containsExactly(1L, 2L, 3L);
        }
    }
}
