package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.debugger.Recording.LineCost;
import dev.triggerstudio.ui.debugger.Recording.RecordEffect;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the debugger shows at one moment, made off the FX thread in one go so that the view
 * only copies it into its controls.
 *
 * @param text the script as it is on disk now
 * @param executed the lines this run executed at least once
 * @param position "event 3 of 12 · run 2 of 40"
 */
public record Frame(Moment moment, String script, String text, Set<Integer> executed, Map<Integer, LineCost> costs,
                    List<Variable> variables, List<Watch> watches, List<RecordEffect> records, List<String> logs,
                    String position) {

    public int line() {
        return moment.line();
    }

    public String trigger() {
        return moment.run().trigger();
    }

    public String where() {
        return moment.run().where();
    }
}
