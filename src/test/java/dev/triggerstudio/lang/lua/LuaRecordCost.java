package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.Invocation;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: a timing loop for docs/performance.md (the Lua runtime's cost per record, without the
 * engine). Runs the bench's trigger {@code record.total = record.amount * record.qty} through the SPI
 * over chunks of 200 records, and beside it the same edit done in Java on the same maps, so the
 * figure comes with a baseline measured in the same run. Usage (after test-compile):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.triggerstudio.lang.lua.LuaRecordCost
 * [rounds [chunk [script]]]}; with a chunk of 1 the figure includes an invocation per record (binding the trigger's sandbox to it and
 * releasing it).
 */
public final class LuaRecordCost {
    private static final int RECORDS = 10_000;
    private static int chunk = 200;

    private LuaRecordCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        chunk = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String script = args.length > 2 ? args[2] : "record.total = record.amount * record.qty";
        FakeHost host = new FakeHost();
        host.define(new ObjectDef("line", "Line", "name", false, List.of(FieldDef.of("name", FieldType.TEXT),
                FieldDef.of("amount", FieldType.NUMBER), FieldDef.of("qty", FieldType.INTEGER),
                FieldDef.of("total", FieldType.NUMBER))));
        TriggerDef trigger = new TriggerDef("set_total", "line", Language.LUA, Timing.BEFORE, List.of(Event.CREATE),
                10, true, false, "alice", null, null, null, null);
        CompiledScript compiled = new LuaRuntime().compile(
                new dev.triggerstudio.lang.ScriptSource("triggers/set_total.lua", script, trigger));
        double[] lua = new double[rounds];
        double[] java = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            java[r] = round(trigger, null, host);
            lua[r] = round(trigger, compiled, host);
        }
        double[] luaTail = Arrays.copyOfRange(lua, rounds / 2, rounds);
        double[] javaTail = Arrays.copyOfRange(java, rounds / 2, rounds);
        System.out.printf("LUA-RECORD-COST %d records in chunks of %d x %d rounds (last half): Lua median %.2f us/record,"
                        + " min %.2f; Java edit median %.3f us/record; script: %s%n", RECORDS, chunk, rounds, median(luaTail),
                Arrays.stream(luaTail).min().orElseThrow(), median(javaTail), script);
    }

    /** µs per record of one round: RECORDS records in chunks (compiled == null: the Java edit). */
    private static double round(TriggerDef trigger, CompiledScript compiled, FakeHost host) {
        List<List<RecordPair>> chunks = new ArrayList<>();
        for (int c = 0; c < RECORDS / chunk; c++) {
            List<RecordPair> pairs = new ArrayList<>(chunk);
            for (int i = 0; i < chunk; i++) {
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("name", "line " + i);
                rec.put("amount", 2.5 + i);
                rec.put("qty", (long) i);
                pairs.add(new RecordPair(null, rec, null));
            }
            chunks.add(pairs);
        }
        Map<String, Object> user = Map.of("id", "alice", "name", "Alice", "groups", List.of("finance"), "admin", true);
        long start = System.nanoTime();
        for (List<RecordPair> pairs : chunks) {
            if (compiled == null) {
                for (RecordPair p : pairs) {
                    p.record().put("total", ((Number) p.record().get("amount")).doubleValue()
                            * ((Number) p.record().get("qty")).longValue());
                }
            } else {
                compiled.run(new Invocation(trigger, Timing.BEFORE, Event.CREATE, user, pairs, 10_000, 0, 1, 1), host);
            }
        }
        long ns = System.nanoTime() - start;
        Object total = chunks.getLast().getLast().record().get("total");
        if (!(total instanceof Number n) || n.doubleValue() != (2.5 + chunk - 1) * (chunk - 1)) {
            throw new IllegalStateException("wrong total " + total);
        }
        return ns / 1000.0 / (chunk * (RECORDS / chunk));
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
