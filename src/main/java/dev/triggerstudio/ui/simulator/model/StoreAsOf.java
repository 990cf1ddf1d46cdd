package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.Status;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of one object as they stood at a step of a recorded run, worked out from the store as
 * it is after the run and the trace's database steps: writes that stayed and came later are
 * undone; writes of the operation in progress that were rolled back later are still shown, since
 * at that step they had happened. Only meaningful for the run that left the store as it is.
 */
public final class StoreAsOf {
    private record Write(Position at, StepName kind, RecordChange change, Map<String, Object> stored, boolean kept) {
    }

    private StoreAsOf() {
    }

    public static List<Map<String, Object>> rows(ObjectDef object, List<Map<String, Object>> endRows,
                                                 StepCursor cursor, int order) {
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        endRows.forEach(r -> byId.put(String.valueOf(r.get("id")), r));
        List<Write> writes = writes(object.apiName(), cursor);
        OperationTrace currentOp = order >= 0 && order < cursor.size() ? cursor.positions().get(order).op() : null;
        for (Write w : writes.reversed()) {
            if (w.kept() && w.at().order() > order) {
                undo(byId, w, object);
            }
        }
        for (Write w : writes) {
            if (!w.kept() && w.at().order() <= order && w.at().op() == currentOp) {
                redo(byId, w, object);
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static void undo(Map<String, Map<String, Object>> byId, Write w, ObjectDef object) {
        String id = w.change().id();
        switch (w.kind()) {
            case DATABASE_INSERT -> byId.remove(id);
            case DATABASE_UPDATE -> putIfKnown(byId, id, w.stored(), object);
            default -> putIfKnown(byId, id, w.change().before(), object);
        }
    }

    private static void redo(Map<String, Map<String, Object>> byId, Write w, ObjectDef object) {
        String id = w.change().id();
        if (w.kind() == StepName.DATABASE_DELETE) {
            byId.remove(id);
        } else if (w.change().after() != null) {
            byId.put(id, asStored(w.change().after(), object));
        }
    }

    private static void putIfKnown(Map<String, Map<String, Object>> byId, String id, Map<String, Object> row,
                                   ObjectDef object) {
        if (row != null) {
            byId.put(id, asStored(row, object));
        }
    }

    /** Lookups appear in the trace as {"id", "name"} and in the store as the id. */
    static Map<String, Object> asStored(Map<String, Object> record, ObjectDef object) {
        Map<String, Object> row = new LinkedHashMap<>(record);
        for (FieldDef f : object.fields()) {
            if (f.type() == FieldType.LOOKUP && row.get(f.name()) instanceof Map<?, ?> m) {
                row.put(f.name(), m.get("id"));
            }
        }
        return row;
    }

    /**
     * The database writes of the trace for one object. The engine records a step's records only
     * when the step changed them, so a write without records of its own takes its records from
     * what the same (nested) operation fetched or last held.
     */
    private static List<Write> writes(String object, StepCursor cursor) {
        List<Write> writes = new ArrayList<>();
        Map<Object, Scope> scopes = new IdentityHashMap<>();
        for (Position p : cursor.positions()) {
            if (!object.equals(objectOf(p))) {
                continue;
            }
            Scope scope = scopes.computeIfAbsent(scopeOf(p), k -> new Scope());
            StepName step = StepName.of(p.step().step()).orElse(null);
            for (RecordChange c : p.step().records()) {
                if (c.after() != null) {
                    scope.latest.put(c.id(), c.after());
                }
                if (step == StepName.FETCH_OLD_DATA) {
                    scope.fetched.put(c.id(), c.after());
                }
            }
            if (step != null && step.isDatabaseWrite() && Status.OK.equals(p.step().status())) {
                writes.addAll(writesOf(p, step, scope));
            }
        }
        return writes;
    }

    private static List<Write> writesOf(Position p, StepName step, Scope scope) {
        List<Write> out = new ArrayList<>();
        boolean kept = kept(p);
        if (!p.step().records().isEmpty()) {
            for (RecordChange c : p.step().records()) {
                out.add(new Write(p, step, c, scope.fetched.get(c.id()), kept));
            }
            return out;
        }
        Map<String, Map<String, Object>> ids = step == StepName.DATABASE_INSERT ? scope.latest : scope.fetched;
        for (String id : ids.keySet()) {
            if (id == null || id.startsWith("#")) {
                continue; // a record's place before hydrate gave it its id
            }
            Map<String, Object> old = scope.fetched.get(id);
            Map<String, Object> now = step == StepName.DATABASE_DELETE ? null : scope.latest.get(id);
            out.add(new Write(p, step, new RecordChange(id, old, now), old, kept));
        }
        return out;
    }

    /** Records seen so far in one operation or nested operation. */
    private static final class Scope {
        final Map<String, Map<String, Object>> fetched = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
    }

    private static Object scopeOf(Position p) {
        for (TraceNode a : p.ancestors().reversed()) {
            if (TraceText.isNestedOperation(a)) {
                return a;
            }
        }
        return p.op();
    }

    /** The object a step works on: its operation's, or that of the nested operation it sits in. */
    public static String objectOf(Position p) {
        for (TraceNode a : p.ancestors().reversed()) {
            if (TraceText.isNestedOperation(a) && a.detail() != null) {
                String[] words = a.detail().split(" ");
                return words.length > 1 ? words[1] : null;
            }
        }
        return p.op().object();
    }

    /** Whether a write survived: its operation committed and no nested operation around it failed. */
    static boolean kept(Position p) {
        String s = p.op().status();
        if (!Status.COMMITTED.equals(s) && !Status.OK.equals(s)) {
            return false;
        }
        return p.ancestors().stream().filter(TraceText::isNestedOperation).allMatch(a -> Status.OK.equals(a.status()));
    }
}
