package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Records reach Python in marshal's format ({@link PyMarshal}) and come back as JSON: every Java
 * value type must arrive as the Python value json.loads used to give, and a record the trigger
 * did not change must stay the very map it was, whatever its value types.
 */
class PythonValuesInTest {
    private static final String LONG_TEXT = "x".repeat(300);
    private static final String REPRS = """
            async def execute(context):
                for r in context.new_map.values():
                    r['reprs'] = {k: type(v).__name__ + ' ' + repr(v) for k, v in r.items() if k != 'reprs'}
            """;
    private final FakeHost host = new FakeHost();

    private static Map<String, Object> everyType() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "l1");
        r.put("text", "Zoë ✓ 𝄞 \u0000 end");
        r.put("long_text", LONG_TEXT);
        r.put("small", 7L);
        r.put("negative", -40000L);
        r.put("big", 1L << 40);
        r.put("min", Long.MIN_VALUE);
        r.put("max", Long.MAX_VALUE);
        r.put("int", 12);
        r.put("real", 2.5);
        r.put("negative_zero", -0.0);
        r.put("nan", Double.NaN);
        r.put("infinity", Double.NEGATIVE_INFINITY);
        r.put("flt", 1.1f);
        r.put("decimal", new BigDecimal("1.50"));
        r.put("yes", true);
        r.put("no", false);
        r.put("nothing", null);
        r.put("list", new ArrayList<>(Arrays.asList(1L, "a", null, List.of(2.5))));
        r.put("lookup", Map.of("id", "acc-1"));
        r.put("naïve", "key that is not ASCII");
        return r;
    }

    @Test
    void everyJavaValueTypeArrivesAsThePythonValueJsonWouldGive() {
        RecordPair pair = new RecordPair("l1", everyType(), null);
        Py.runOnce(REPRS, Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record().get("reprs")).isEqualTo(Map.ofEntries(
                Map.entry("id", "str 'l1'"), Map.entry("text", "str 'Zoë ✓ 𝄞 \\x00 end'"),
                Map.entry("long_text", "str '" + LONG_TEXT + "'"), Map.entry("small", "int 7"),
                Map.entry("negative", "int -40000"), Map.entry("big", "int 1099511627776"),
                Map.entry("min", "int -9223372036854775808"), Map.entry("max", "int 9223372036854775807"),
                Map.entry("int", "int 12"), Map.entry("real", "float 2.5"), Map.entry("negative_zero", "float -0.0"),
                Map.entry("nan", "float nan"), Map.entry("infinity", "float -inf"), Map.entry("flt", "float 1.1"),
                Map.entry("decimal", "float 1.5"), Map.entry("yes", "bool True"), Map.entry("no", "bool False"),
                Map.entry("nothing", "NoneType None"), Map.entry("list", "list [1, 'a', None, [2.5]]"),
                Map.entry("lookup", "dict {'id': 'acc-1'}"), Map.entry("naïve", "str 'key that is not ASCII'")));
    }

    @Test
    void aRecordTheTriggerOnlyReadsStaysTheSameMapWithItsJavaTypes() {
        Map<String, Object> record = everyType();
        Map<String, Object> before = new LinkedHashMap<>(record);
        RecordPair pair = new RecordPair("l1", record, null);
        Py.runOnce("async def execute(context):\n    str(context.new_map)\n", Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).isSameAs(record);
        assertThat(record).isEqualTo(before);
        assertThat(record.get("int")).isInstanceOf(Integer.class);
        assertThat(record.get("decimal")).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void aChangedRecordGetsBackOnlyTheChangedValueAsALongAndKeepsEveryOtherJavaValue() {
        for (String trigger : List.of("async def execute(context):\n    context.new_map['l1']['int'] += 1\n",
                "async def execute(context):\n    for r in context.new_map.values():\n        r.update(int=r['int'] + 1)\n")) {
            Map<String, Object> record = everyType();
            Object list = record.get("list");
            RecordPair pair = new RecordPair("l1", record, null);
            Py.runOnce(trigger, Timing.BEFORE, Event.CREATE, host, pair);

            assertThat(pair.record()).isSameAs(record).containsEntry("int", 13L).containsEntry("min", Long.MIN_VALUE)
                    .containsEntry("flt", 1.1f).containsEntry("decimal", new BigDecimal("1.50"))
                    .containsEntry("text", "Zoë ✓ 𝄞 \u0000 end");
            assertThat(record.get("list")).isSameAs(list);
            assertThat(record.keySet()).containsExactlyElementsOf(everyType().keySet());
        }
    }

    @Test
    void theAnswerIsReadBackWithEveryEdgeValue() {
        RecordPair pair = Py.lead("l1");
        Py.runOnce("""
                async def execute(context):
                    context.new_map['l1'].update(nan=float('nan'), inf=float('-inf'), top=2 ** 63 - 1, bottom=-2 ** 63,
                                                 text='Zoë "quoted" \\\\ ✓ 𝄞', nested={'a': [{'b': [1, 2.5, None, True]}]}, empty={})
                """, Timing.BEFORE, Event.CREATE, host, pair);

        assertThat(pair.record()).containsEntry("top", Long.MAX_VALUE).containsEntry("bottom", Long.MIN_VALUE)
                .containsEntry("text", "Zoë \"quoted\" \\ ✓ 𝄞").containsEntry("empty", Map.of())
                .containsEntry("nested", Map.of("a", List.of(Map.of("b", Arrays.asList(1L, 2.5, null, true)))));
        assertThat((Double) pair.record().get("nan")).isNaN();
        assertThat(pair.record()).containsEntry("inf", Double.NEGATIVE_INFINITY);
    }

    @Test
    void anIntegerBeyond64BitsDeepInsideARecordFailsNamingTheRecord() {
        RecordPair pair = Py.lead("l1");
        try (var script = Py.compile("async def execute(context):\n    context.new_map['l1']['deep'] = {'x': [1, 2 ** 64]}\n")) {
            assertThatThrownBy(() -> script.run(Py.invocation(Timing.BEFORE, Event.CREATE, pair), host))
                    .isInstanceOf(dev.triggerstudio.lang.ScriptException.class)
                    .hasMessageContaining("record l1").hasMessageContaining("18446744073709551616 does not fit in 64 bits");
        }
    }

    @Test
    void stringsRepeatedAsKeysAndValuesAcrossRecordsKeepTheirValues() {
        List<RecordPair> pairs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pairs.add(Py.lead("l" + i, "amount", 1.5 * i, "qty", (long) i, "status", i % 2 == 0 ? "New" : "amount",
                    "long", LONG_TEXT + (i % 2), "account", Map.of("id", "acc-" + i, "amount", i)));
        }
        Py.runOnce("""
                async def execute(context):
                    for key, r in context.new_map.items():
                        r['check'] = (f"{key}/{r['id']}/{r['amount'] * r['qty']}/{r['account']['id']}/{r['account']['amount']}"
                                      f"/{r['status']}/{len(r['long'])}{r['long'][-1]}")
                """, Timing.BEFORE, Event.CREATE, host, pairs.toArray(RecordPair[]::new));

        for (int i = 0; i < 300; i++) {
            assertThat(pairs.get(i).record()).containsEntry("check", "l%d/l%d/%s/acc-%d/%d/%s/301%d".formatted(
                    i, i, 1.5 * i * i, i, i, i % 2 == 0 ? "New" : "amount", i % 2));
        }
    }
}
