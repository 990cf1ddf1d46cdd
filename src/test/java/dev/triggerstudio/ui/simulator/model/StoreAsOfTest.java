package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.RecordingListener;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The store as of a step, worked out from the trace, against the truth: the same batch cut
 * short after that operation, replayed on a fresh store (runs are deterministic).
 */
class StoreAsOfTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            ledger, lifecycle
            ledger, stanza_status
            ledger, lua_rules
            ledger, lua_opening_invoice
            crm,    lifecycle
            crm,    nested
            crm,    rejection
            """)
    void theStoreAsOfTheLastStepOfEachOperationIsWhatThatPrefixOfTheBatchLeaves(String sample, String batchName)
            throws Exception {
        Path root = SampleCopy.of(sample);
        Project p = ProjectLoader.load(root);
        Batch batch = p.batches().get(batchName);
        Path db = Files.createTempDirectory("asof").resolve("full.db");
        RecordingListener rec = Runs.run(p, batch, db);
        StepCursor cursor = new StepCursor(rec.trace());

        for (int k = 0; k < batch.operations().size(); k++) {
            boolean committed = "committed".equals(rec.operations().get(k).status());
            if (!committed && k + 1 == batch.operations().size()) {
                continue;
            }
            // A rolled-back operation's writes still show at its own steps; after it, they are gone.
            int last = committed ? lastStepOf(cursor, k) : lastStepOf(cursor, k) + 1;
            Path prefixDb = db.resolveSibling("prefix" + k + ".db");
            Runs.run(p, new Batch(batch.user(), batch.operations().subList(0, k + 1)), prefixDb);
            for (ObjectDef o : p.objects().values()) {
                assertThat(normal(StoreAsOf.rows(o, rows(p, db, o), cursor, last)))
                        .as("%s after operation %d", o.apiName(), k).isEqualTo(normal(rows(p, prefixDb, o)));
            }
        }
    }

    private static int lastStepOf(StepCursor cursor, int op) {
        return cursor.positions().stream().filter(pos -> pos.op().index() == op).mapToInt(Position::order).max().orElseThrow();
    }

    private static List<Map<String, Object>> rows(Project p, Path db, ObjectDef o) {
        try (Store s = Simulator.openStore(p, db, false)) {
            return s.all(o);
        }
    }

    private static String normal(List<Map<String, Object>> rows) throws Exception {
        return Json.MAPPER.readTree(Json.compact(rows)).toString();
    }
}
