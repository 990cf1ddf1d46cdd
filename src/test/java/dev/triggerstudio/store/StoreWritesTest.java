package dev.triggerstudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Batched writes and chunked reads of the store behave like one statement per record. */
class StoreWritesTest {
    private static final ObjectDef ITEM = new ObjectDef("item", "Item", "name", false, List.of(
            FieldDef.of("name", FieldType.TEXT), FieldDef.of("qty", FieldType.INTEGER), FieldDef.of("note", FieldType.TEXT)));
    private final Store store = Store.inMemory();

    StoreWritesTest() {
        store.createSchema(List.of(ITEM));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUpdateWritesOnlyTheColumnsItChangesSoAnotherWriteToTheSameRecordSurvives() {
        store.insert(ITEM, record("a", "Apple", 1L, "first"));
        Map<String, Object> old = store.get(ITEM, "a");
        store.execute("UPDATE item SET note = 'written by a nested operation' WHERE id = 'a'");
        Map<String, Object> changed = new LinkedHashMap<>(old);
        changed.put("qty", 5L);

        store.updateAll(ITEM, List.of(changed), List.of(old));

        assertThat(store.get(ITEM, "a")).containsEntry("qty", 5L).containsEntry("note", "written by a nested operation");
    }

    @Test
    void withoutTheStoredRecordAnUpdateWritesTheWholeRow() {
        store.insert(ITEM, record("a", "Apple", 1L, "first"));
        store.execute("UPDATE item SET note = 'elsewhere' WHERE id = 'a'");

        store.updateAll(ITEM, List.of(record("a", "Apple", 2L, "first")), null);

        assertThat(store.get(ITEM, "a")).containsEntry("qty", 2L).containsEntry("note", "first");
    }

    @Test
    void recordsChangingDifferentColumnsInOneBatchEachKeepTheirOwnChanges() {
        List<Map<String, Object>> news = new ArrayList<>();
        List<Map<String, Object>> olds = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            store.insert(ITEM, record("r" + i, "Item " + i, (long) i, "n"));
            Map<String, Object> old = store.get(ITEM, "r" + i);
            Map<String, Object> now = new LinkedHashMap<>(old);
            now.put(i % 3 == 0 ? "qty" : i % 3 == 1 ? "note" : "name", i % 3 == 0 ? -1L : "changed " + i);
            olds.add(old);
            news.add(now);
        }
        store.updateAll(ITEM, news, olds);
        for (int i = 0; i < 300; i++) {
            assertThat(store.get(ITEM, "r" + i)).isEqualTo(news.get(i));
        }
    }

    @Test
    void hundredsOfDifferentSetsOfChangedColumnsStayCorrectPastTheStatementCache() {
        List<FieldDef> fields = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            fields.add(FieldDef.of("f" + f, FieldType.INTEGER));
        }
        ObjectDef wide = new ObjectDef("wide", "Wide", null, false, fields);
        store.createSchema(List.of(wide));
        java.util.Random random = new java.util.Random(7);
        Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "w" + i);
            fields.forEach(f -> r.put(f.name(), 0L));
            store.insert(wide, r);
            expected.put("w" + i, store.get(wide, "w" + i));
        }
        for (int round = 0; round < 30; round++) {
            List<Map<String, Object>> news = new ArrayList<>();
            List<Map<String, Object>> olds = new ArrayList<>();
            for (Map<String, Object> old : expected.values()) {
                Map<String, Object> now = new LinkedHashMap<>(old);
                int mask = random.nextInt(1 << 10);
                for (int f = 0; f < 10; f++) {
                    if ((mask & (1 << f)) != 0) {
                        now.put("f" + f, (long) random.nextInt(1000));
                    }
                }
                olds.add(old);
                news.add(now);
            }
            store.updateAll(wide, news, olds);
            news.forEach(n -> expected.put((String) n.get("id"), n));
        }
        for (Map.Entry<String, Map<String, Object>> e : expected.entrySet()) {
            assertThat(store.get(wide, e.getKey())).isEqualTo(e.getValue());
        }
    }

    @Test
    void readsManyRecordsByIdInOneGoAndLeavesOutMissingOnes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            store.insert(ITEM, record("id" + i, "Item " + i, (long) i, null));
            ids.add("id" + i);
        }
        ids.add("nope");
        Map<String, Map<String, Object>> found = store.getAll(ITEM, ids);
        assertThat(found).hasSize(1100).doesNotContainKey("nope");
        assertThat(found.get("id777")).isEqualTo(store.get(ITEM, "id777"));
        assertThat(store.getAll(ITEM, List.of("id3"))).containsOnlyKeys("id3");
    }

    @Test
    void aFailedBatchInsertLeavesNoRowQueuedForTheNextInsert() {
        store.insert(ITEM, record("a", "Apple", 1L, null));
        assertThatThrownBy(() -> store.insertAll(ITEM, List.of(record("b", "B", 1L, null), record("a", "dup", 1L, null))))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot insert into item");
        store.rollback();
        store.insertAll(ITEM, List.of(record("c", "C", 3L, null)));
        assertThat(store.all(ITEM)).extracting(r -> r.get("id")).containsExactly("c");
    }

    private static Map<String, Object> record(String id, String name, Long qty, String note) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("name", name);
        r.put("qty", qty);
        r.put("note", note);
        return r;
    }
}
