package dev.triggerstudio.beyond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.ProjectCheck;
import dev.triggerstudio.engine.cascade.CascadeAnalyzer;
import dev.triggerstudio.engine.cascade.CascadeGraph;
import dev.triggerstudio.engine.cascade.UnknownTarget;
import dev.triggerstudio.engine.cascade.Write;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Event;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeGraphTest {
    @TempDir
    Path dir;

    /** invoice After update writes a line; the line's After update writes its invoice back. */
    private LedgerCopy twoTriggerCycle() {
        return new LedgerCopy(dir)
                .trigger("invoice_sync_lines", "invoice", "after", "\"update\"", "lua", """
                        local gospel = require("gospellua")
                        local line = gospel.loadRecord("invoiceLine", "line-0001")
                        line.description = "synced"
                        gospel.commit(line)
                        """)
                .trigger("line_rollup", "invoiceLine", "after", "\"update\"", "lua", """
                        local g = require("gospellua")
                        -- gospel.commit(record) in a comment is not a write
                        local inv = g.loadRecord("invoice", record.invoiceId.id)
                        g.commit(inv)
                        """);
    }

    @Test
    void reportsATwoTriggerCycleWithItsPath() {
        CascadeGraph g = CascadeAnalyzer.analyze(twoTriggerCycle().load());

        assertThat(g.cycles()).extracting(CascadeGraph.Cycle::path)
                .containsExactly("invoice_sync_lines → invoiceLine(update) → line_rollup → invoice(update)");
        assertThat(g.inCycle("trigger:line_rollup")).isTrue();
        assertThat(g.inCycle("trigger:invoice_totals")).isFalse();
    }

    @Test
    void checkWarnsOnTheCycleAtTheLineOfTheWrite() {
        LedgerCopy p = twoTriggerCycle();

        List<String> printed = ProjectCheck.run(p.root, ScriptRuntimes.standard()).diagnostics().stream()
                .map(Diagnostic::toString).toList();

        assertThat(printed).contains("triggers/invoice_sync_lines.lua:4:1: warning: cycle invoice_sync_lines"
                + " → invoiceLine(update) → line_rollup → invoice(update)");
        assertThat(printed).filteredOn(s -> s.contains("error")).isEmpty();
    }

    @Test
    void reportsAThreeStepCycleThroughAnAutomation() {
        LedgerCopy p = new LedgerCopy(dir).trigger("line_spawns_account", "invoiceLine", "after", "\"create\"", "py", """
                async def execute(context):
                    for line in context.new_map.values():
                        await context.records.create(
                            "account",
                            {"name": "Acct " + line["description"]})
                """);

        CascadeGraph g = CascadeAnalyzer.analyze(p.load());

        assertThat(g.cycles()).extracting(CascadeGraph.Cycle::path).containsExactly(
                "account_opening_invoice → invoice(create) → automation:setup_fee_line → invoiceLine(create)"
                        + " → line_spawns_account → account(create)");
        CascadeGraph.Cycle c = g.cycles().getFirst();
        assertThat(c.writes()).extracting(Write::path).containsExactly("triggers/account_opening_invoice.lua",
                "automations/setup_fee_line.json", "triggers/line_spawns_account.py");
        assertThat(c.guardedByRunWhen()).as("setup_fee_line only runs when the note contains 'setup'").isTrue();
        assertThat(c.writes().get(1).line()).isEqualTo(p.read("automations/setup_fee_line.json").lines().toList()
                .indexOf(p.read("automations/setup_fee_line.json").lines().filter(l -> l.contains("\"invoiceLine\""))
                        .findFirst().orElseThrow()) + 1);
    }

    @Test
    void theLedgerSampleHasWritesButNoCycle() {
        CascadeGraph g = CascadeAnalyzer.analyze(new LedgerCopy(dir).load());

        assertThat(g.cycles()).isEmpty();
        assertThat(g.edgesFrom("trigger:account_opening_invoice")).extracting(CascadeGraph.Edge::to)
                .containsExactly("invoice(create)");
        assertThat(g.edgesFrom("invoice(create)")).extracting(CascadeGraph.Edge::to)
                .contains("trigger:invoice_totals", "automation:setup_fee_line");
    }

    @Test
    void aTargetThatIsNotALiteralIsReportedAsUnknownNotGuessed() {
        LedgerCopy p = new LedgerCopy(dir)
                .trigger("py_dynamic", "invoice", "after", "\"update\"", "py", """
                        TARGET = "invoice"
                        async def execute(context):
                            recs = context.records
                            await recs.update(TARGET, [{"id": i} for i in context.new_map])
                        """)
                .trigger("lua_dynamic", "invoice", "after", "\"update\"", "lua", """
                        local gospel = require("gospellua")
                        local def = "invoice"
                        gospel.insert(def, {number = "X"})
                        """);

        CascadeGraph g = CascadeAnalyzer.analyze(p.load());

        assertThat(g.unknownTargets()).extracting(UnknownTarget::source, UnknownTarget::line, UnknownTarget::expression)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("trigger:py_dynamic", 4, "TARGET"),
                        org.assertj.core.groups.Tuple.tuple("trigger:lua_dynamic", 3, "def"));
        assertThat(g.edgesFrom("trigger:py_dynamic")).isEmpty();
        assertThat(g.cycles()).isEmpty();
        assertThat(g.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("cannot tell which object recs.update(TARGET, ...) writes"));
    }

    @Test
    void pythonStringsAndCommentsDoNotCountAsWrites() {
        LedgerCopy p = new LedgerCopy(dir).trigger("py_quiet", "invoice", "after", "\"update\"", "py", """
                # await context.records.update("invoice", [])
                DOC = '''context.records.delete("invoice", ids)'''
                async def execute(context):
                    context.log("context.records.create('invoice', {})")
                    await context.integrations.salesforce.create("Invoice", {})
                    await context.records.update(api_name="invoiceLine", input_data=[])
                """);

        CascadeGraph g = CascadeAnalyzer.analyze(p.load());

        assertThat(g.edgesFrom("trigger:py_quiet")).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo("invoiceLine(update)");
            assertThat(e.writes().getFirst().line()).isEqualTo(6);
        });
        assertThat(g.unknownTargets()).isEmpty();
    }

    @Test
    void aStanzaCommitWritesTheTriggersOwnObject() {
        LedgerCopy p = new LedgerCopy(dir).trigger("invoice_recommit", "invoice", "after", "\"update\"", "stanza", """
                // writes itself again: a one-trigger cycle
                if record.status eq "Sent" then commit record write
                """);

        CascadeGraph g = CascadeAnalyzer.analyze(p.load());

        assertThat(g.edgesFrom("trigger:invoice_recommit")).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo("invoice(update)");
            assertThat(e.writes().getFirst().event()).isEqualTo(Event.UPDATE);
            assertThat(e.writes().getFirst().line()).isEqualTo(2);
        });
        assertThat(g.cycles()).extracting(CascadeGraph.Cycle::path)
                .containsExactly("invoice_recommit → invoice(update)");
    }

    @Test
    void thePythonCrmSampleCreatesTasksAtTheLineOfTheCall() {
        CascadeGraph g = CascadeAnalyzer.analyze(dev.triggerstudio.model.ProjectLoader.load(Path.of("samples/crm")));

        assertThat(g.edgesFrom("trigger:lead_automation")).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo("task(create)");
            Write w = e.writes().getFirst();
            assertThat(List.of(w.path(), w.line(), w.column(), w.call()))
                    .containsExactly("triggers/lead_automation.py", 26, 23, "context.records.create");
        });
        assertThat(g.cycles()).isEmpty();
    }
}
