package dev.triggerstudio.engine.scale;

import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bulk what-if of {@code ./studio simulate --scale N}: each operation's records multiplied N
 * times. Copy 1 is the record as given, so ×1 is the batch itself; copy k (k ≥ 2) varies it:
 * <ul>
 * <li>text fields that are unique, required or the object's name field get {@code -k} (cut to max_length);</li>
 * <li>unique emails get {@code +k} before the {@code @};</li>
 * <li>a {@code ref} becomes {@code ref~k}, and every {@code "$ref"} of a later operation's copy k
 *     becomes {@code "$ref~k"}, so copy k of an update touches copy k of the create;</li>
 * <li>{@code number} fields vary by 0.1% to 0.3% either way (rounded to cents) unless numbers are kept;
 *     integers never vary, since they are often counts or codes.</li>
 * </ul>
 * Operations by literal id (updates, deletes, reads of seed records) stay as they are: there is only
 * one such record. A {@code list} is not multiplied either.
 */
public final class BatchScaler {
    private final Project project;
    private final int n;
    private final boolean varyNumbers;
    private final Set<String> scaledRefs = new HashSet<>();

    private BatchScaler(Project project, int n, boolean varyNumbers) {
        this.project = project;
        this.n = n;
        this.varyNumbers = varyNumbers;
    }

    public static Batch scale(Project project, Batch batch, int n) {
        return scale(project, batch, n, true);
    }

    public static Batch scale(Project project, Batch batch, int n, boolean varyNumbers) {
        if (n < 1) {
            throw new IllegalArgumentException("--scale must be at least 1, not " + n);
        }
        BatchScaler s = new BatchScaler(project, n, varyNumbers);
        List<Operation> ops = new ArrayList<>();
        batch.operations().forEach(op -> ops.add(s.operation(op)));
        return new Batch(batch.user(), ops);
    }

    private Operation operation(Operation op) {
        ObjectDef o = project.objects().get(op.object());
        if (op.op() == Operation.Kind.LIST || o == null) {
            return op;
        }
        List<Map<String, Object>> records = op.records() == null ? null : new ArrayList<>();
        List<String> ids = op.ids() == null ? null : new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            if (records != null) {
                for (Map<String, Object> r : op.records()) {
                    if (k == 1 || op.op() == Operation.Kind.CREATE || refersToScaled(r.get("id"))) {
                        records.add(copy(o, r, k));
                    }
                }
            }
            if (ids != null) {
                for (String id : op.ids()) {
                    if (k == 1 || refersToScaled(id)) {
                        ids.add((String) refs(id, k));
                    }
                }
            }
        }
        if (op.op() == Operation.Kind.CREATE && op.records() != null) {
            op.records().stream().map(r -> r.get("ref")).filter(r -> r instanceof String).forEach(r -> scaledRefs.add((String) r));
        }
        return new Operation(op.op(), op.object(), records, ids, op.where(), op.user());
    }

    private boolean refersToScaled(Object v) {
        return v instanceof String s && s.startsWith("$") && scaledRefs.contains(s.substring(1));
    }

    private Map<String, Object> copy(ObjectDef o, Map<String, Object> r, int k) {
        Map<String, Object> out = new LinkedHashMap<>();
        r.forEach((name, v) -> out.put(name, k == 1 ? v : vary(o, name, v, k)));
        return out;
    }

    private Object vary(ObjectDef o, String name, Object v, int k) {
        if (name.equals("ref") && v instanceof String ref) {
            return ref + "~" + k;
        }
        FieldDef f = o.field(name).orElse(null);
        if (f == null || v == null) {
            return refs(v, k);
        }
        boolean marked = f.unique() || f.required() || name.equals(o.nameField());
        return switch (f.type()) {
            case TEXT, TEXTAREA -> marked && v instanceof String s && !s.startsWith("$") ? suffix(s, "-" + k, f.maxLength()) : refs(v, k);
            case EMAIL -> f.unique() && v instanceof String s && s.contains("@") ? s.replaceFirst("@", "+" + k + "@") : v;
            case NUMBER -> varyNumbers && v instanceof Number x ? nudge(x.doubleValue(), k) : v;
            default -> refs(v, k);
        };
    }

    private static String suffix(String s, String suffix, Integer maxLength) {
        if (maxLength != null && s.length() + suffix.length() > maxLength) {
            return s.substring(0, Math.max(0, maxLength - suffix.length())) + suffix;
        }
        return s + suffix;
    }

    /**
     * A deterministic change of 0.1% to 0.3% up or down (copy 2: -0.3%, 3: -0.2%, ... 7: +0.3%, then
     * again), rounded to cents but never back to the value itself; 0 stays 0.
     */
    private static double nudge(double x, int k) {
        int[] permille = {-3, -2, -1, 1, 2, 3};
        int d = permille[(k - 2) % permille.length];
        double y = Math.round(x * (1 + d / 1000.0) * 100) / 100.0;
        return y == x && x != 0 ? x + Math.signum(d) * 0.01 : y;
    }

    /** {@code "$ref"} of a scaled create becomes {@code "$ref~k"}, deep inside maps and lists too. */
    private Object refs(Object v, int k) {
        if (k == 1) {
            return v;
        }
        if (v instanceof String s) {
            return refersToScaled(s) ? s + "~" + k : s;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((key, x) -> out.put(String.valueOf(key), refs(x, k)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> refs(x, k)).toList();
        }
        return v;
    }
}
