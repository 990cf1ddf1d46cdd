package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small steps of the lifecycle, each named as in DESIGN §4. */
final class Steps {
    private Steps() {
    }

    /** Receives the incoming data and loads the object's schema. */
    static final class Initialize implements Step {
        @Override
        public String name() {
            return "initialize";
        }

        @Override
        public boolean listsAllRecords() {
            return true;
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            node.detail(op.describe() + " as " + op.user.id() + "; schema " + op.object.apiName() + " with "
                    + op.object.fields().size() + " fields");
        }
    }

    /** Reads the stored records an update or delete works on: old_data for triggers. */
    static final class FetchOldData implements Step {
        @Override
        public String name() {
            return "fetch_old_data";
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            List<String> ids = new ArrayList<>(op.records.size());
            op.records.forEach(r -> ids.add(r.id));
            Map<String, Map<String, Object>> stored = op.sim.store().getAll(op.object, ids);
            for (Rec r : op.records) {
                Map<String, Object> old = stored.get(r.id);
                if (old == null) {
                    throw Refusal.rejected("no " + op.object.apiName() + " with id \"" + r.id + "\"");
                }
                r.old = op.sim.lookups().nameInPlace(op.object, old);
                if (op.kind == Operation.Kind.DELETE) {
                    r.values = Values.deepCopy(r.old);
                }
                if (op.sim.wantsRecords()) {
                    node.records().add(new RecordChange(r.id, null, Values.deepCopy(r.old)));
                }
            }
            node.detail("fetched " + op.records.size() + " stored record" + (op.records.size() == 1 ? "" : "s"));
        }
    }

    /** Gives a new record its id, system fields, owner and field defaults. */
    static final class Hydrate implements Step {
        @Override
        public String name() {
            return "hydrate";
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            for (Rec r : op.records) {
                Map<String, Object> v = LinkedHashMap.newLinkedHashMap(op.object.allFieldNames().size());
                r.id = op.sim.ids().next();
                v.put(SystemFields.ID, r.id);
                // the input as validate_system normalised it; nothing else has changed a new record yet
                for (FieldDef f : op.object.fields()) {
                    Object given = r.input.get(f.name());
                    v.put(f.name(), given == null && !r.input.containsKey(f.name()) ? Values.normalise(f.type(), f.defaultValue()) : given);
                }
                v.put(SystemFields.CREATED_DATE, op.now);
                v.put(SystemFields.CREATED_BY, op.user.id());
                v.put(SystemFields.MODIFIED_DATE, op.now);
                v.put(SystemFields.MODIFIED_BY, op.user.id());
                if (op.object.ownership()) {
                    v.put(SystemFields.OWNER, op.user.id());
                }
                r.values = v;
            }
            node.detail("assigned " + op.records.size() + " id" + (op.records.size() == 1 ? "" : "s") + ", system fields"
                    + (op.object.ownership() ? ", owner" : "") + " and defaults");
        }
    }

    /** Keeps the old values of fields the update leaves out and sets modified_*. */
    static final class MergeData implements Step {
        @Override
        public String name() {
            return "merge_data";
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            for (Rec r : op.records) {
                Map<String, Object> v = Values.deepCopy(r.old);
                r.input.forEach((k, val) -> {
                    if (!k.equals(SystemFields.ID)) {
                        v.put(k, val);
                    }
                });
                v.put(SystemFields.MODIFIED_DATE, op.now);
                v.put(SystemFields.MODIFIED_BY, op.user.id());
                r.values = v;
                if (op.sim.wantsRecords() && !v.equals(r.old)) {
                    // the stored record against the merged one: exactly what the update changes
                    node.records().add(new RecordChange(r.traceId(), Values.deepCopy(r.old), Values.deepCopy(v)));
                }
            }
            node.detail("merged " + op.records.size() + " update" + (op.records.size() == 1 ? "" : "s") + " with stored values");
        }
    }

    /** Cache invalidation, git sync and role hierarchy: each says whether it applied. */
    static final class PostProcess implements Step {
        @Override
        public String name() {
            return "post_process";
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            op.sim.sql().clear();
            op.sim.lookups().forget();
            boolean ownerChange = op.object.ownership() && op.kind != Operation.Kind.DELETE
                    && op.records.stream().anyMatch(r -> r.old == null || !Values.same(r.old.get(SystemFields.OWNER),
                    r.values.get(SystemFields.OWNER)));
            node.metrics().put("cache_invalidation", true);
            node.metrics().put("git_sync", false);
            node.metrics().put("role_hierarchy", ownerChange);
            node.detail("cache invalidated for " + op.object.apiName() + "; git sync not enabled; role hierarchy "
                    + (ownerChange ? "updated for new owners" : "unchanged"));
        }
    }

    /** Queues Async triggers and automations; they run after return_response. */
    static final class QueueAsync implements Step {
        @Override
        public String name() {
            return "queue_async";
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            int before = op.asyncJobs.size();
            op.sim.queueAsync(op);
            int queued = op.asyncJobs.size() - before;
            if (queued == 0) {
                node.status(Status.SKIPPED);
                node.detail("no async triggers or automations for " + op.object.apiName() + " " + op.kind.jsonName());
            } else {
                List<String> sources = new ArrayList<>();
                op.asyncJobs.subList(before, op.asyncJobs.size()).forEach(j -> sources.add(j.source()));
                node.detail("queued " + String.join(", ", sources));
            }
        }
    }

    /** What the operation returns: saved, deleted or fetched records. */
    static final class ReturnResponse implements Step {
        @Override
        public String name() {
            return "return_response";
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            List<Map<String, Object>> out = new ArrayList<>(op.records.size());
            for (Rec r : op.records) {
                // the records are done with once returned, so no copy is needed
                out.add(op.kind == Operation.Kind.DELETE ? r.old : r.values);
            }
            op.response = out;
            node.detail("returned " + out.size() + " record" + (out.size() == 1 ? "" : "s"));
        }
    }

    /** Reads the records of a read or list with the user's permissions. */
    static final class FetchRecords implements Step {
        @Override
        public String name() {
            return "fetch_records";
        }

        @Override
        public boolean listsAllRecords() {
            return true;
        }

        @Override
        public void run(OperationRun op, TraceNode node) {
            Simulation sim = op.sim;
            if (op.kind == Operation.Kind.READ) {
                for (String id : op.ids) {
                    Map<String, Object> rec = sim.store().get(op.object, id);
                    if (rec == null || !sim.permissions().canSee(op.user, op.object, rec)) {
                        throw Refusal.rejected("no " + op.object.apiName() + " with id \"" + id + "\" that "
                                + op.user.id() + " may see");
                    }
                    add(op, rec);
                }
            } else {
                sim.store().forEach(op.object, rec -> {
                    if (sim.permissions().canSee(op.user, op.object, rec)
                            && RunWhenMatcher.matches(op.where, sim.lookups().named(op.object, rec), null)) {
                        add(op, rec);
                    }
                });
            }
            node.detail("fetched " + op.records.size() + " record" + (op.records.size() == 1 ? "" : "s"));
        }

        private static void add(OperationRun op, Map<String, Object> rec) {
            Map<String, Object> named = op.sim.permissions().redact(op.user, op.object, op.sim.lookups().named(op.object, rec));
            Rec r = new Rec(op.records.size(), null, (String) rec.get(SystemFields.ID), named);
            r.old = null;
            op.records.add(r);
        }
    }
}
