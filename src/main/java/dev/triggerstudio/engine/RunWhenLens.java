package dev.triggerstudio.engine;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Run When lens of the condition builder: which records of the store a Run When matches now,
 * judged by {@link RunWhenMatcher} on the records as triggers see them (lookups as {id, name}),
 * and, for Before-read triggers, what a given user would get back from a read of the object —
 * found by running a {@code list} through the engine on a throwaway copy of the store, so the
 * store itself (its clock, its id counter) is never touched.
 */
public final class RunWhenLens {

    /**
     * @param total records of the object in the store
     * @param ids the matching records' ids, in id order; records the matching records themselves
     * @param usesChanged the Run When has a {@code changed} condition, which needs an old record and
     *                    so matches no stored record: it is decided only during an update
     */
    public record Match(String object, int total, List<String> ids, List<Map<String, Object>> records, boolean usesChanged) {
        public int count() {
            return ids.size();
        }
    }

    /** One Before-read trigger's part in a read: ok, skipped (Run When matched none), rejected or failed. */
    public record TriggerRun(String source, String status, String detail) {
    }

    /**
     * What a user would see.
     *
     * @param status committed when the read went through, else rejected or failed (error says why)
     * @param records the records returned, after permissions and Before-read triggers
     */
    public record ReadPreview(String object, String user, String status, TraceError error, List<Map<String, Object>> records,
                              List<TriggerRun> triggers) {
    }

    private final Project project;
    private final Store store;

    public RunWhenLens(Project project, Store store) {
        this.project = project;
        this.store = store;
    }

    /** The store's records of object that the Run When matches. */
    public Match match(String object, RunWhen runWhen) {
        ObjectDef o = object(object);
        Lookups lookups = new Lookups(project, store);
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> records = new ArrayList<>();
        int[] total = {0};
        store.forEach(o, row -> {
            total[0]++;
            Map<String, Object> named = lookups.named(o, row);
            if (RunWhenMatcher.matches(runWhen, named, null)) {
                ids.add((String) row.get(SystemFields.ID));
                records.add(named);
            }
        });
        boolean changed = runWhen != null && runWhen.conditions().stream().map(Condition::predicate)
                .anyMatch(p -> p == Predicate.CHANGED);
        return new Match(object, total[0], ids, records, changed);
    }

    /** The records a trigger's Run When matches now. */
    public Match match(TriggerDef trigger) {
        return match(trigger.object(), trigger.runWhen());
    }

    /**
     * What user would get from a list of object (filtered by where, null for all), Before-read
     * triggers included, run on a copy of the store. Triggers with skip_on_list do not run for a
     * list; use {@link #previewRead} for them.
     */
    public ReadPreview preview(String object, String userId, RunWhen where, ScriptRuntimes runtimes) {
        return run(new Operation(Operation.Kind.LIST, object(object).apiName(), null, null, where, userId), runtimes);
    }

    /** What user would get from a read of these ids (every Before-read trigger runs), on a copy of the store. */
    public ReadPreview previewRead(String object, String userId, List<String> ids, ScriptRuntimes runtimes) {
        return run(new Operation(Operation.Kind.READ, object(object).apiName(), null, List.copyOf(ids), null, userId), runtimes);
    }

    private ReadPreview run(Operation read, ScriptRuntimes runtimes) {
        try (Store copy = copyOfStore(project, store); Simulator sim = new Simulator(project, copy, runtimes)) {
            OperationTrace op = sim.run(new Batch(read.user(), List.of(read)), null, TraceListener.NONE).operations().getFirst();
            return new ReadPreview(read.object(), read.user(), op.status(), op.error(), op.records(), triggers(op));
        }
    }

    private static List<TriggerRun> triggers(OperationTrace op) {
        List<TriggerRun> out = new ArrayList<>();
        for (TraceNode step : op.steps()) {
            if (step.stepName() == StepName.BEFORE_TRIGGERS) {
                step.children().forEach(c -> out.add(new TriggerRun(c.source(), c.status(), c.detail())));
            }
        }
        return out;
    }

    /**
     * An in-memory copy of every object's records and of the simulated clock and id counter: what a
     * preview runs against, and what the IDE's lenses read so that they never hold the simulator's
     * SQLite file open while a run writes to it.
     */
    static Store copyOfStore(Project project, Store store) {
        Store copy = Store.inMemory();
        copy.createSchema(project.objects().values());
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        project.objects().values().forEach(o -> rows.put(o.apiName(), store.all(o)));
        copy.seed(rows);
        for (String key : List.of("clock", "id_counter")) {
            if (store.meta(key) != null) {
                copy.setMeta(key, store.meta(key));
            }
        }
        copy.commit();
        return copy;
    }

    private ObjectDef object(String object) {
        ObjectDef o = project.objects().get(object);
        if (o == null) {
            throw new IllegalArgumentException("unknown object \"" + object + "\"; expected one of "
                    + String.join(", ", project.objects().keySet()));
        }
        return o;
    }
}
