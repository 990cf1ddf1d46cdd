package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.model.Json;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** How the simulator shows values in cells and decides whether two of them differ. */
public final class Values {
    private Values() {
    }

    /** Cell text: empty for null, compact JSON for maps and lists, numbers without a trailing ".0". */
    public static String show(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
            return Json.compact(v);
        }
        if (finite(v) && !(v instanceof Long || v instanceof Integer)) {
            BigDecimal d = new BigDecimal(v.toString()).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        return v.toString();
    }

    /** Whether two values are the same for the diff: 400 and 400.0 are, "400" and 400 are not. */
    public static boolean same(Object a, Object b) {
        if (finite(a) && finite(b)) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    private static boolean finite(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d);
        }
        if (v instanceof Float f) {
            return Float.isFinite(f);
        }
        return v instanceof Number;
    }
}
