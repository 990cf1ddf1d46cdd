package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A trigger that names record fields only by constant keys gets just those fields; any other use
 * of a record sends every field. Either way it sees exactly what it saw with whole records, and
 * only what it changed is written back.
 */
class PythonRecordFieldsTest {
    private static final String BENCH = """
            async def execute(context):
                for r in context.new_map.values():
                    r['total'] = r['amount'] * r['qty']
            """;
    private final FakeHost host = new FakeHost();

    private static ChunkCodec.Reach reach(String text) {
        return PythonChecker.reach(Py.PATH, text, new PythonEngine.WaitClock());
    }

    private static Set<String> fields(String text) {
        return reach(text).fields();
    }

    @Test
    void constantKeysOnRecordsFromTheMapsAreTheFieldsATriggerReaches() {
        assertThat(fields(BENCH)).containsExactlyInAnyOrder("amount", "qty", "total");
        assertThat(fields("""
                async def execute(ctx):
                    for i, r in ctx.new_map.items():
                        old = ctx.old_map.get(i)
                        if old is not None and old['qty'] != r.get('qty'):
                            r.setdefault('changed', True)
                        if 'tmp' in r:
                            del r['tmp']
                        ctx.log(f"{r['name']} {len(ctx.new_map)}")
                    total = sum(r['amount'] for r in ctx.new_map.values())
                    for i in ctx.new_map.keys():
                        first = ctx.new_map[i]
                        first.pop('note', None)
                """)).containsExactlyInAnyOrder("qty", "changed", "tmp", "name", "amount", "note");
        assertThat(fields("async def execute(context):\n    context.log('no records')\n")).isEmpty();
    }

    @Test
    void aModuleLevelNameBoundOnceToAStringIsAConstantKey() {
        assertThat(fields("FIELD = 'amount'\nOUT: str = 'total'\nasync def execute(context):\n"
                + "    for r in context.new_map.values():\n        r[OUT] = r[FIELD] * 2 if FIELD in r else r.get(FIELD)\n"))
                .containsExactlyInAnyOrder("amount", "total");
    }

    @ParameterizedTest
    @ValueSource(strings = {"def f():\n    global FIELD\n    FIELD = 'x'\n", "from os import sep as FIELD\n",
        "def f(FIELD='x'):\n    pass\n", "x = [1 for FIELD in 'ab']\n", "FIELD += 'x'\n", "FIELD = 3\n"})
    void aNameBoundAgainAnywhereIsNotAConstantKey(String elsewhere) {
        assertThat(fields("FIELD = 'amount'\n" + elsewhere
                + "async def execute(context):\n    for r in context.new_map.values():\n        r[FIELD] = 1\n")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "        helper(r)\n",
        "        for k in r:\n            pass\n",
        "        r.keys()\n",
        "        x = dict(r)\n",
        "        x = {**r}\n",
        "        k = 'a'\n        r[k] = 1\n",
        "        r[0] = 1\n",
        "        others.append(r)\n",
        "        context.log(str(r))\n",
        "        if r:\n            pass\n",
        "        r == {}\n",
        "        r.update(a=1)\n",
        "        await context.records.update('lead', [r])\n",
        "        x = getattr(context, 'new_map')\n",
        "        x = eval('r')\n",
        "        x = locals()\n",
        "        import sys\n        x = sys._getframe().f_locals\n",
        "        import gc\n",
        "        m = context.new_map\n",
        "        context.new_map['x'] = r\n",
        "        del context.new_map[r['id']]\n",
        "        context.new_map.pop('x')\n",
        "        helper(context)\n",
        "        x = context.old_map.get('a', r)\n",
        "        x = lambda r=r: r\n",
        "        RecordTriggerContext.log = print\n",
        "        x = ().__class__.__base__.__subclasses__()\n",
        "        x = context.__class__\n",
    })
    void anyOtherUseOfARecordOrOfTheMapsReachesEveryField(String body) {
        String text = "others = []\ndef helper(x):\n    return x\n"
                + "async def execute(context):\n    for r in context.new_map.values():\n" + body;

        assertThat(fields(text)).isNull();
    }

    @Test
    void aFieldTheTriggerCannotNameIsNeverSent() {
        Invocation invocation = Py.invocation(Timing.BEFORE, Event.CREATE,
                Py.lead("l1", "amount", 2.5, "qty", 4L, "secret_note", "only-in-java"));

        String exact = new ChunkCodec(reach(BENCH)).payload(invocation);
        String whole = new ChunkCodec(ChunkCodec.Reach.EVERYTHING).payload(invocation);

        assertThat(exact).contains("amount").contains("qty").doesNotContain("secret_note").doesNotContain("only-in-java");
        assertThat(whole).contains("secret_note").contains("only-in-java");
    }

    @Test
    void aTriggerThatCannotSeeTheMapsKeysIsNotSentTheIds() {
        String valuesOnly = "async def execute(context):\n    for r in context.new_map.values():\n        r['n'] = len(context.old_map)\n";
        String withIds = "async def execute(context):\n    for i, r in context.new_map.items():\n        r['n'] = i\n";
        Invocation invocation = Py.invocation(Timing.BEFORE, Event.UPDATE, Py.updated("id-42", Py.map("id-42"), "n", 0L));

        assertThat(reach(valuesOnly).ids()).isFalse();
        assertThat(reach(withIds).ids()).isTrue();
        assertThat(new ChunkCodec(reach(valuesOnly)).payload(invocation)).doesNotContain("id-42");
        assertThat(new ChunkCodec(reach(withIds)).payload(invocation)).contains("id-42");
    }

    @Test
    void recordsKeyedByPositionComeBackToTheirOwnRecords() {
        RecordPair a = Py.updated("a", Py.map("a", "qty", 1L), "qty", 2L);
        RecordPair noRecord = new RecordPair("b", null, Py.map("b", "qty", 9L));
        RecordPair c = Py.updated("c", Py.map("c", "qty", 3L), "qty", 5L);
        Py.runOnce("""
                async def execute(context):
                    olds = sorted(o['qty'] for o in context.old_map.values())
                    for r in context.new_map.values():
                        r['twice'] = r['qty'] * 2
                        r['olds'] = olds
                """, Timing.BEFORE, Event.UPDATE, host, a, noRecord, c);

        assertThat(a.record()).containsEntry("twice", 4L).containsEntry("olds", List.of(1L, 3L, 9L));
        assertThat(c.record()).containsEntry("twice", 10L);
        assertThat(noRecord.record()).isNull();
    }

    @Test
    void theBenchTriggerSetsItsFieldAndLeavesTheOthersAsTheyWere() {
        Map<String, Object> lookup = Map.of("id", "acc-1", "name", "Acme");
        RecordPair pair = Py.lead("l1", "amount", 2.5, "qty", 4L, "account", lookup, "note", "n", "total", null);
        Py.runOnce(BENCH, Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).containsExactly(Map.entry("id", "l1"), Map.entry("amount", 2.5), Map.entry("qty", 4L),
                Map.entry("account", lookup), Map.entry("note", "n"), Map.entry("total", 10.0));
        assertThat(pair.record().get("account")).isSameAs(lookup);
    }

    @Test
    void aTriggerThatReadsRecordsDynamicallyStillSeesEveryField() {
        RecordPair pair = Py.lead("l1", "first", "Ada", "last", "Lovelace", "n", 3L);
        Py.runOnce("""
                async def execute(context):
                    for r in context.new_map.values():
                        r['seen'] = sorted(k for k in r)
                        r['via_get'] = [r.get(k) for k in ('first', 'last')]
                """, Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).containsEntry("seen", List.of("first", "id", "last", "n"))
                .containsEntry("via_get", List.of("Ada", "Lovelace")).containsEntry("n", 3L);
    }

    @Test
    void aTriggerThatDeletesAndAddsKeysByNameChangesOnlyThose() {
        RecordPair pair = Py.lead("l1", "first", "Ada", "temp", "x", "keep", "k", "untouched", 1L);
        Py.runOnce("""
                async def execute(context):
                    for r in context.new_map.values():
                        del r['temp']
                        r['added'] = r.get('first', '') + '!'
                        r['absent'] = 'absent' in r
                        r.pop('gone', None)
                """, Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).containsExactly(Map.entry("id", "l1"), Map.entry("first", "Ada"), Map.entry("keep", "k"),
                Map.entry("untouched", 1L), Map.entry("added", "Ada!"), Map.entry("absent", false));
    }

    @Test
    void onUpdateTheOldRecordHasTheSameFieldsToCompare() {
        RecordPair same = Py.updated("l1", Py.map("l1", "qty", 2L, "name", "old name"), "qty", 2L, "name", "A");
        RecordPair changed = Py.updated("l2", Py.map("l2", "qty", 1L, "name", "old name"), "qty", 5L, "name", "B");
        Py.runOnce("""
                async def execute(context):
                    for rid, r in context.new_map.items():
                        old = context.old_map.get(rid)
                        r['qty_changed'] = old is not None and old['qty'] != r['qty']
                """, Timing.BEFORE, Event.UPDATE, host, same, changed);

        assertThat(same.record()).containsEntry("qty_changed", false).containsEntry("name", "A");
        assertThat(changed.record()).containsEntry("qty_changed", true).containsEntry("name", "B");
        assertThat(changed.old()).containsEntry("name", "old name");
    }
}
