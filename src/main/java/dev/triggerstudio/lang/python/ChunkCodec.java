package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chunk's records on their way into Python and back, for one trigger.
 *
 * <p>In: when the trigger only ever names record fields by constant keys ({@link Reach}, found by
 * record_fields.py), each record goes with just those of its fields, as the same values; every
 * other field stays in Java, untouched, because the trigger cannot name it. Such a trigger cannot
 * change new_map's entries either, so Python answers with its records as a list, in the order
 * they were sent, without their ids; and when the trigger cannot see the maps' keys at all, the
 * maps are keyed by position instead of by the (36-character) ids.
 *
 * <p>Out: only what differs from what was sent is written back into the record — a changed value,
 * a new key, a key the trigger deleted — so fields the trigger left alone keep their Java values.
 */
final class ChunkCodec {
    /** Stands in for a returned value that equals the sent one. */
    private static final Object SAME = new Object();
    private final Reach reach;
    private final List<String> named;
    private final PyMarshal marshal = new PyMarshal();

    /**
     * What of its records a trigger can see: {@code fields} null for every field; {@code ids}
     * whether it can see the maps' keys.
     */
    record Reach(Set<String> fields, boolean ids) {
        static final Reach EVERYTHING = new Reach(null, true);

        /** Whether the trigger answers with new_map's records as a list, in the order sent. */
        boolean listed() {
            return fields != null;
        }
    }

    /** A value Python returned that no field can store. */
    static final class NotStorable extends RuntimeException {
        final String id;

        NotStorable(String id, ArithmeticException cause) {
            super(cause.getMessage(), cause);
            this.id = id;
        }
    }

    ChunkCodec(Reach reach) {
        this.reach = reach;
        this.named = reach.fields() == null ? null : reach.fields().stream().sorted().toList();
    }

    /**
     * [user, trigger_context, new_map, old_map, listed] in marshal's format, as the driver's run
     * unpacks it: trigger_context is a set, listed says how to answer.
     */
    String payload(Invocation invocation) {
        PyMarshal m = marshal.reset();
        m.startList(5);
        m.value(invocation.user());
        m.set(List.of(capitalized(invocation.timing().name()), capitalized(invocation.event().name())));
        records(m, invocation.records(), false);
        records(m, invocation.records(), true);
        m.value(reach.listed());
        return m.text();
    }

    private void records(PyMarshal m, List<RecordPair> pairs, boolean old) {
        m.startDict();
        for (int i = 0; i < pairs.size(); i++) {
            RecordPair pair = pairs.get(i);
            Map<String, Object> record = old ? pair.old() : pair.record();
            if (record != null) {
                if (reach.ids()) {
                    m.key(key(pair, i));
                } else {
                    m.value(i);
                }
                fields(m, record);
            }
        }
        m.endDict();
    }

    /**
     * A record's fields that are sent: the named ones by lookup (a trigger that cannot iterate a
     * record cannot see their order either), or all of them in order.
     */
    private void fields(PyMarshal m, Map<String, Object> record) {
        m.startDict();
        if (named == null) {
            for (Map.Entry<String, Object> e : record.entrySet()) {
                m.key(e.getKey());
                m.value(e.getValue());
            }
        } else {
            for (String field : named) {
                Object value = record.get(field);
                if (value != null || record.containsKey(field)) {
                    m.key(field);
                    m.value(value);
                }
            }
        }
        m.endDict();
    }

    /** How many of the record's fields were sent. */
    private int sentCount(Map<String, Object> record) {
        if (named == null) {
            return record.size();
        }
        int n = 0;
        for (String field : named) {
            n += record.containsKey(field) ? 1 : 0;
        }
        return n;
    }

    private boolean sent(String field) {
        return reach.fields() == null || reach.fields().contains(field);
    }

    /** Writes back what the trigger changed: {@code answer} is new_map as Python returned it. */
    void apply(Object answer, List<RecordPair> records) {
        if (answer instanceof List<?> listed) {
            Iterator<?> edited = listed.iterator();
            for (RecordPair pair : records) {
                if (pair.record() != null && edited.hasNext() && edited.next() instanceof Map<?, ?> map) {
                    apply(pair, map);
                }
            }
        } else if (answer instanceof Map<?, ?> newMap) {
            for (int i = 0; i < records.size(); i++) {
                RecordPair pair = records.get(i);
                if (pair.record() != null && newMap.get(key(pair, i)) instanceof Map<?, ?> map) {
                    apply(pair, map);
                }
            }
        }
    }

    private void apply(RecordPair pair, Map<?, ?> edited) {
        try {
            apply(pair.record(), edited);
        } catch (ArithmeticException e) {
            throw new NotStorable(pair.id(), e);
        }
    }

    /**
     * Writes back into {@code record} what differs in {@code edited} (the record as Python left
     * it) from what was sent. Fails before changing anything when a value cannot be stored.
     */
    @SuppressWarnings("unchecked")
    void apply(Map<String, Object> record, Map<?, ?> edited) {
        int sentCount = sentCount(record);
        int kept = 0;
        boolean changed = false;
        for (Map.Entry<?, ?> e : edited.entrySet()) {
            String k = (String) e.getKey();
            boolean wasSent = sent(k) && record.containsKey(k);
            if (wasSent) {
                kept++;
            }
            if (wasSent && PyJson.unchanged(record.get(k), e.getValue())) {
                ((Map.Entry<Object, Object>) e).setValue(SAME);
            } else {
                ((Map.Entry<Object, Object>) e).setValue(PyJson.storable(e.getValue()));
                changed = true;
            }
        }
        if (kept < sentCount) {
            removeDeleted(record, edited);
        }
        if (changed) {
            edited.forEach((k, v) -> {
                if (v != SAME) {
                    record.put((String) k, v);
                }
            });
        }
    }

    private void removeDeleted(Map<String, Object> record, Map<?, ?> edited) {
        for (Iterator<String> it = record.keySet().iterator(); it.hasNext(); ) {
            String k = it.next();
            if (sent(k) && !edited.containsKey(k)) {
                it.remove();
            }
        }
    }

    /** new_map's key: the record id, or a stand-in for a record that has none yet. */
    static String key(RecordPair pair, int index) {
        return pair.id() != null ? pair.id() : "new-" + (index + 1);
    }

    private static String capitalized(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase();
    }
}
