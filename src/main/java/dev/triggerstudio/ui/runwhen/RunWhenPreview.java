package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.RunWhen;
import java.util.List;

/** "Runs when Status is equal to Draft and Total is greater than 1000". */
public final class RunWhenPreview {
    private RunWhenPreview() {
    }

    public static String describe(RunWhen runWhen, List<FieldChoice> fields) {
        if (runWhen.isEmpty()) {
            return "Runs for every record";
        }
        String joiner = runWhen.match() == Match.ALL ? " and " : " or ";
        List<String> parts = runWhen.conditions().stream().map(c -> phrase(c, fields)).toList();
        return "Runs when " + String.join(joiner, parts);
    }

    private static String phrase(Condition c, List<FieldChoice> fields) {
        String label = FieldChoice.find(fields, c.field()).map(FieldChoice::label).orElse(String.valueOf(c.field()));
        if (c.predicate() == null) {
            return label + " …";
        }
        String text = label + " " + c.predicate().phrase();
        if (!c.predicate().takesValue()) {
            return text;
        }
        String value = ConditionValues.format(c.value());
        return text + " " + (value.isEmpty() ? "…" : value);
    }
}
