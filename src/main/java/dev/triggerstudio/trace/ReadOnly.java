package dev.triggerstudio.trace;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only views of a finished trace's values, all the way down: a record's lookup (a map) or
 * multi-select (a list) refuses changes like the record holding it. Views, not copies, as freezing
 * wraps rather than copies (a large trace would double); a nested value is wrapped when it is read.
 * Views compare equal to maps and lists of the same content, either way round.
 */
final class ReadOnly {
    private ReadOnly() {
    }

    /** The record as a finished trace shows it: its before, after and writes cannot be changed. */
    static RecordChange change(RecordChange c) {
        return new RecordChange(c.id(), map(c.before()), map(c.after()), c.writes() == null ? null : list(c.writes()));
    }

    static Map<String, Object> map(Map<String, Object> m) {
        return m == null || m instanceof MapView ? m : new MapView(m);
    }

    static <T> List<T> list(List<T> l) {
        return l == null || l instanceof ListView ? l : new ListView<>(l);
    }

    @SuppressWarnings("unchecked")
    private static <T> T view(T value) {
        if (value instanceof Map<?, ?> m) {
            return (T) map((Map<String, Object>) m);
        }
        if (value instanceof List<?> l) {
            return (T) list(l);
        }
        return value;
    }

    private static final class MapView extends AbstractMap<String, Object> {
        private final Map<String, Object> map;

        MapView(Map<String, Object> map) {
            this.map = map;
        }

        @Override
        public Object get(Object key) {
            return view(map.get(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Entry<String, Object>> entries = map.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            Entry<String, Object> e = entries.next();
                            return new SimpleImmutableEntry<>(e.getKey(), view(e.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return map.size();
                }
            };
        }
    }

    private static final class ListView<T> extends AbstractList<T> {
        private final List<T> list;

        ListView(List<T> list) {
            this.list = list;
        }

        @Override
        public T get(int index) {
            return view(list.get(index));
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
