package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.trace.TraceNode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Formats phones, emails, datetimes, dates, urls and addresses; rejects what it cannot read. */
final class FormatFields implements Step {
    private static final Set<FieldType> FORMATTED = EnumSet.of(FieldType.PHONE, FieldType.EMAIL, FieldType.DATETIME,
            FieldType.DATE, FieldType.URL, FieldType.ADDRESS);

    @Override
    public StepName name() {
        return StepName.FORMAT_FIELDS;
    }

    @Override
    public void run(OperationRun op, TraceNode node) {
        int changed = 0;
        for (Rec r : op.records) {
            for (FieldDef f : op.object.fields()) {
                Object v = r.values.get(f.name());
                if (v == null || !FORMATTED.contains(f.type()) || (r.old != null && v.equals(r.old.get(f.name())))) {
                    continue;
                }
                Object formatted = format(op, f, v);
                if (!Objects.equals(v, formatted)) {
                    r.values.put(f.name(), formatted);
                    changed++;
                }
            }
        }
        node.detail("formatted " + changed + " value" + (changed == 1 ? "" : "s"));
    }

    private static Object format(OperationRun op, FieldDef f, Object v) {
        try {
            return op.ctx.formatter().format(f, v);
        } catch (IllegalArgumentException e) {
            throw Refusal.rejected(op.object.apiName() + "." + f.name() + ": " + e.getMessage());
        }
    }
}
