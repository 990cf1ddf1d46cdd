package dev.triggerstudio.ui.insight;

import dev.triggerstudio.beyond.LedgerCopy;
import dev.triggerstudio.engine.ProjectTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import java.nio.file.Path;

/** Projects for the insight views: copies of samples/ledger with a cycle, a query in a loop, a changed trigger. */
final class InsightFixtures {
    private InsightFixtures() {
    }

    /** invoice After update writes a line; the line's After update writes its invoice back (CascadeGraphTest's cycle). */
    static LedgerCopy twoTriggerCycle(Path dir) {
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

    /** A Python trigger whose target object is a variable: the graph must say it cannot tell. */
    static LedgerCopy withUnknownTarget(LedgerCopy p) {
        return p.trigger("account_mirror", "account", "after", "\"create\"", "py", """
                async def execute(context):
                    target = "invoice"
                    for r in context.new_map.values():
                        await context.records.create(target, {"number": r["name"]})
                """);
    }

    /** A Before create trigger on account that loads three accounts per record (LimitsMeterTest's). */
    static LedgerCopy queryInLoop(Path dir) {
        return new LedgerCopy(dir)
                .trigger("account_peers", "account", "before", "\"create\"", "lua", """
                        local gospel = require("gospellua")
                        local peers = {"acct-acme", "acct-globex", "acct-initech"}
                        for _, id in ipairs(peers) do
                            local peer = gospel.loadRecord("account", id)
                            if peer ~= nil and peer.name == record.name then
                                gospel.rejectTransaction("duplicate of " .. id)
                                return
                            end
                        end
                        """)
                .write("batches/two_accounts.json", """
                        {"user": "alice", "operations": [
                          {"op": "create", "object": "account", "records": [{"name": "Umbrella"}, {"name": "Hooli"}]}]}
                        """);
    }

    /** Records the golden trace of pay_without_date, then makes invoice_totals add 10 to every total. */
    static LedgerCopy goldenThenOneLineChange(Path dir) {
        LedgerCopy p = new LedgerCopy(dir);
        new ProjectTests(p.load(), ScriptRuntimes.standard()).recording(true).run("pay_without_date",
                p.load().tests().get("pay_without_date"), dev.triggerstudio.trace.TraceListener.NONE);
        String script = p.read("triggers/invoice_totals.stanza");
        return p.write("triggers/invoice_totals.stanza", script.replace(".fields.amount.sum()", ".fields.amount.sum() + 10"));
    }
}
