package dev.triggerstudio.beyond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.scale.LimitBreak;
import dev.triggerstudio.engine.scale.LimitKind;
import dev.triggerstudio.engine.scale.LimitsMeter;
import dev.triggerstudio.engine.scale.LimitsRun;
import dev.triggerstudio.engine.scale.TriggerUsage;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsMeterTest {
    @TempDir
    Path dir;

    /** A Before trigger on account that looks up three accounts for every record: a query in a loop. */
    static LedgerCopy withQueryInLoop(Path dir) {
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

    @Test
    void scaleTwoHundredFindsTheQueryInLoopTriggerAndItsLine() {
        Project p = withQueryInLoop(dir).load();
        LimitsMeter meter = new LimitsMeter(p, ScriptRuntimes.standard());

        List<LimitsRun> runs = meter.measure(p.batches().get("two_accounts"), List.of(1, 200), null);

        assertThat(runs.get(0).firstBreak()).isNull();
        TriggerUsage atOne = runs.get(0).triggers().stream().filter(u -> u.source().equals("trigger:account_peers"))
                .findFirst().orElseThrow();
        assertThat(atOne.peakQueries()).isEqualTo(6);
        LimitBreak b = runs.get(1).firstBreak();
        assertThat(b).isNotNull();
        assertThat(b.limit()).isEqualTo(LimitKind.MAX_QUERIES);
        assertThat(b.source()).isEqualTo("trigger:account_peers");
        assertThat(b.path()).isEqualTo("triggers/account_peers.lua");
        assertThat(b.line()).isEqualTo(4);
        assertThat(b.chunk()).isEqualTo(1);
        assertThat(b.chunks()).isEqualTo(2);
        assertThat(runs.get(1).records()).isEqualTo(400);
        assertThat(runs.get(1).chunksByOperation()).containsEntry(0, 2);
    }

    @Test
    void aStanzaTriggerThatQueriesPerRecordBreaksWithItsLine() {
        Project p = new LedgerCopy(dir).load();

        LimitsRun run = new LimitsMeter(p, ScriptRuntimes.standard()).run(p.batches().get("stanza_totals"), 200, null);

        assertThat(run.firstBreak()).isNotNull();
        assertThat(run.firstBreak().describe()).startsWith(
                "trigger:invoice_totals broke max_queries (100) at triggers/invoice_totals.stanza:2 in op #0 create invoice");
    }

    @Test
    void usageAtOneIsBelowTheLimitsAndGrowsWithTheScale() {
        Project p = new LedgerCopy(dir).load();
        LimitsMeter meter = new LimitsMeter(p, ScriptRuntimes.standard());

        List<LimitsRun> runs = meter.measure(p.batches().get("stanza_totals"), List.of(1, 20), null);

        TriggerUsage one = usage(runs.get(0), "trigger:invoice_totals");
        TriggerUsage twenty = usage(runs.get(1), "trigger:invoice_totals");
        assertThat(runs.get(1).firstBreak()).isNull();
        assertThat(runs.get(0).share(one, LimitKind.MAX_QUERIES)).isLessThan(0.1);
        assertThat(twenty.peakQueries()).isEqualTo(one.peakQueries() * 20);
        assertThat(twenty.instructions()).isGreaterThan(one.instructions() * 10);
    }

    private static TriggerUsage usage(LimitsRun run, String source) {
        return run.triggers().stream().filter(u -> u.source().equals(source)).findFirst().orElseThrow();
    }
}
