package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.RunStats;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanzaRuntimeTest {

    private static final TriggerDef BEFORE_UPDATE = Fixture.trigger(Timing.BEFORE, Event.UPDATE);
    private final StanzaRuntime runtime = new StanzaRuntime();

    private ScriptSource source(String text) {
        return new ScriptSource("triggers/totals.stanza", text, BEFORE_UPDATE);
    }

    @Test
    void isFoundThroughTheServiceFile() {
        assertThat(ScriptRuntimes.standard().get(Language.STANZA)).containsInstanceOf(StanzaRuntime.class);
    }

    @Test
    void checkGivesPathLineAndColumnForEveryProblem() {
        List<Diagnostic> found = runtime.check(source("""
                log "fine"
                set record.total = (1
                log records.invoiceLine.withAll(amount gt 1
                """), new CheckContext(Fixture.project()));

        assertThat(found).extracting(Diagnostic::toString).containsExactly(
                "triggers/totals.stanza:2:22: error: Expect ')' after expression.",
                "triggers/totals.stanza:3:44: error: Expect ')' after condition.");
    }

    @Test
    void checkLooksUpFieldsOnTheTriggersObject() {
        List<Diagnostic> found = runtime.check(source("set record.totl = 1"), new CheckContext(Fixture.project()));

        assertThat(found).extracting(Diagnostic::toString)
                .containsExactly("triggers/totals.stanza:1:12: error: Unknown field 'totl' on 'invoice'.");
    }

    @Test
    void linesThatParseAreCheckedEvenWhenOthersDoNot() {
        List<Diagnostic> found = runtime.check(source("log (1\nset record.totl = 1"), new CheckContext(Fixture.project()));

        assertThat(found).extracting(Diagnostic::toString).containsExactly(
                "triggers/totals.stanza:1:7: error: Expect ')' after expression.",
                "triggers/totals.stanza:2:12: error: Unknown field 'totl' on 'invoice'.");
    }

    @Test
    void compileRefusesAScriptThatDoesNotParse() {
        assertThatThrownBy(() -> runtime.compile(source("log 1\nlog (2\nlog )")))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo(
                            "triggers/totals.stanza:2:7: Expect ')' after expression. (and 1 more)");
                });
    }

    @Test
    void runsOncePerRecordEditingEachInPlaceWithUserBound() {
        MemoryHost host = Fixture.host();
        Map<String, Object> first = Fixture.rec("id", "a", "amount", 2L);
        Map<String, Object> second = Fixture.rec("id", "b", "amount", 5L);
        try (CompiledScript compiled = runtime.compile(source(
                "set record.total = record.amount * 10\nset record.note = user.id + \"/\" + old.amount"))) {
            RunStats stats = compiled.run(Fixture.invocation(BEFORE_UPDATE, 100,
                    new RecordPair("a", first, Map.of("amount", 1L)), new RecordPair("b", second, Map.of("amount", 4L))),
                    host);
            assertThat(stats.instructions()).isPositive();
        }

        assertThat(first).containsEntry("total", 20L).containsEntry("note", "alice/1");
        assertThat(second).containsEntry("total", 50L).containsEntry("note", "alice/4");
    }

    @Test
    void fuelIsABudgetPerRecordNotPerInvocation() {
        String script = "set record.total = record.amount + 1";
        RecordPair[] many = new RecordPair[50];
        for (int i = 0; i < many.length; i++) {
            many[i] = new RecordPair("r" + i, Fixture.rec("id", "r" + i, "amount", (long) i), null);
        }
        try (CompiledScript compiled = runtime.compile(source(script))) {
            RunStats stats = compiled.run(Fixture.invocation(BEFORE_UPDATE, 10, many), Fixture.host());
            assertThat(stats.instructions()).isGreaterThan(10L * 4);
        }
        assertThat(many[49].record()).containsEntry("total", 50L);
    }

    @Test
    void rejectStopsWithRejectedPathAndLine() {
        Map<String, Object> record = Fixture.rec("id", "a", "amount", -1L);
        try (CompiledScript compiled = runtime.compile(source(
                "log \"checking\"\nreject \"Amount must be positive\" when record.amount lte 0\nset record.total = 1"))) {
            assertThatThrownBy(() -> compiled.run(Fixture.invocation(BEFORE_UPDATE, 100,
                    new RecordPair("a", record, null)), Fixture.host()))
                    .isInstanceOfSatisfying(ScriptException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ScriptException.Kind.REJECTED);
                        assertThat(e.getMessage()).isEqualTo("Amount must be positive");
                        assertThat(e.path()).isEqualTo("triggers/totals.stanza");
                        assertThat(List.of(e.line(), e.column())).containsExactly(2, 1);
                    });
        }
        assertThat(record).doesNotContainKey("total");
    }

    @Test
    void runtimeErrorsFailWithTheirLineAndColumn() {
        try (CompiledScript compiled = runtime.compile(source("log 1\nlog 1 / (record.amount - 1)"))) {
            assertThatThrownBy(() -> compiled.run(Fixture.invocation(BEFORE_UPDATE, 100,
                    new RecordPair("a", Fixture.rec("amount", 1L), null)), Fixture.host()))
                    .isInstanceOfSatisfying(ScriptException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ScriptException.Kind.FAILED);
                        assertThat(e.getMessage()).isEqualTo("triggers/totals.stanza:2:7: Division by zero.");
                        assertThat(List.of(e.line(), e.column())).containsExactly(2, 7);
                    });
        }
    }

    @Test
    void aRefusalFromTheHostGetsTheLineOfTheStatementRunning() {
        MemoryHost limited = new MemoryHost(Fixture.project()) {
            @Override
            public Map<String, Object> loadRecord(String object, String id) {
                throw ScriptException.failed("too many queries: 101 (max_queries is 100)", null, 0);
            }
        };
        try (CompiledScript compiled = runtime.compile(source("log 1\nif records.account(\"acc-1\") isEmpty then log 2"))) {
            assertThatThrownBy(() -> compiled.run(Fixture.invocation(BEFORE_UPDATE, 100,
                    new RecordPair("a", Fixture.rec("id", "a"), null)), limited))
                    .isInstanceOfSatisfying(ScriptException.class, e -> {
                        assertThat(e.getMessage())
                                .isEqualTo("triggers/totals.stanza:2:1: too many queries: 101 (max_queries is 100)");
                        assertThat(e.path()).isEqualTo("triggers/totals.stanza");
                        assertThat(List.of(e.line(), e.column())).containsExactly(2, 1);
                    });
        }
    }
}
