package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.debugger.Recording.RecordEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** One field of a record a run changed: before, after and the line that wrote it (null when the trigger did not). */
public record EffectRow(String recordId, String field, Object before, Object after, Integer writtenAt) {

    public boolean changed() {
        return !Objects.equals(before, after);
    }

    /** Every field of every record, changed ones first within each record. */
    public static List<EffectRow> of(List<RecordEffect> effects) {
        List<EffectRow> rows = new ArrayList<>();
        for (RecordEffect e : effects) {
            Map<String, Object> before = e.before() == null ? Map.of() : e.before();
            Map<String, Object> after = e.after() == null ? Map.of() : e.after();
            TreeSet<String> fields = new TreeSet<>(before.keySet());
            fields.addAll(after.keySet());
            List<EffectRow> same = new ArrayList<>();
            for (String f : fields) {
                EffectRow r = new EffectRow(e.id(), f, before.get(f), after.get(f), e.writes() == null ? null : e.writes().get(f));
                (r.changed() || r.writtenAt() != null ? rows : same).add(r);
            }
            rows.addAll(same);
        }
        return rows;
    }
}
