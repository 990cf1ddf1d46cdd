package dev.triggerstudio.beyond;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.scale.BatchScaler;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScalerTest {
    @TempDir
    Path dir;

    private Project ledger() {
        return new LedgerCopy(dir).load();
    }

    @Test
    void timesOneIsTheBatchItself() {
        Project p = ledger();
        Batch b = p.batches().get("stanza_totals");

        assertThat(BatchScaler.scale(p, b, 1)).isEqualTo(b);
    }

    @Test
    void copiesGetUniqueTextAndConsistentRefs() {
        Project p = ledger();
        Batch scaled = BatchScaler.scale(p, p.batches().get("stanza_totals"), 3);

        Operation invoices = scaled.operations().get(0);
        assertThat(invoices.records()).extracting(r -> r.get("number"), r -> r.get("ref"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INV-3001", "inv"),
                        org.assertj.core.groups.Tuple.tuple("INV-3001-2", "inv~2"),
                        org.assertj.core.groups.Tuple.tuple("INV-3001-3", "inv~3"));
        Operation lines = scaled.operations().get(1);
        assertThat(lines.records()).hasSize(6).extracting(r -> r.get("invoiceId"))
                .containsExactly("$inv", "$inv", "$inv~2", "$inv~2", "$inv~3", "$inv~3");
        assertThat(scaled.operations().get(2).records()).extracting(r -> r.get("id"))
                .containsExactly("$inv", "$inv~2", "$inv~3");
    }

    @Test
    void numbersVarySlightlyUnlessKept() {
        Project p = ledger();
        Batch b = p.batches().get("stanza_totals");

        List<Object> varied = BatchScaler.scale(p, b, 3).operations().get(1).records().stream()
                .map(r -> r.get("amount")).toList();
        List<Object> kept = BatchScaler.scale(p, b, 3, false).operations().get(1).records().stream()
                .map(r -> r.get("amount")).toList();

        assertThat(varied.subList(0, 2)).containsExactly(400, 250.5);
        assertThat(varied.subList(2, 6)).doesNotContain(400.0, 250.5)
                .allSatisfy(v -> assertThat(((Number) v).doubleValue()).isBetween(249.0, 402.0));
        assertThat(kept).containsExactly(400, 250.5, 400, 250.5, 400, 250.5);
    }

    @Test
    void operationsOnSeedRecordsByLiteralIdAreNotMultiplied() {
        Project p = ledger();
        Batch b = new Batch("alice", List.of(new Operation(Operation.Kind.UPDATE, "account",
                List.of(Map.of("id", "acct-acme", "balance", 5)), null, null, null)));

        assertThat(BatchScaler.scale(p, b, 50).operations().getFirst().records()).hasSize(1);
    }
}
