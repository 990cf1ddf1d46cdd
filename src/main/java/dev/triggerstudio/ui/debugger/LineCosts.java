package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.debugger.Recording.LineCost;
import java.util.Map;

/** Words for what a line cost, shared by the gutter's tooltip and the limits chart. */
public final class LineCosts {
    private LineCosts() {
    }

    /** "Line 4: ran 12 times, 0.4 ms, queries 2, dml_rows 10". */
    public static String describe(int line, LineCost c) {
        StringBuilder b = new StringBuilder("Line " + line + ": ran " + c.hits() + (c.hits() == 1 ? " time, " : " times, ")
                + ScriptView.millis(c.micros()));
        for (Map.Entry<String, Long> e : c.limits().entrySet()) {
            if (e.getValue() != null && e.getValue() > 0) {
                b.append(", ").append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        return b.toString();
    }
}
