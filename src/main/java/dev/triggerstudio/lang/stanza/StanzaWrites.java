package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.ScriptWrite;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanza writes only through {@code commit record <action>}, always the trigger's own object, so
 * every target is known. Read from the Stanza parser's AST.
 */
final class StanzaWrites {
    private StanzaWrites() {
    }

    static List<ScriptWrite> scan(TriggerDef t, String text) {
        List<ScriptWrite> out = new ArrayList<>();
        Script script = Parser.parse(text);
        if (script.hasErrors()) {
            return out;
        }
        script.statements().forEach(s -> visit(t, s, out));
        return out;
    }

    private static void visit(TriggerDef t, Stmt s, List<ScriptWrite> out) {
        switch (s) {
            case Stmt.If i -> visit(t, i.then(), out);
            case Stmt.Commit c -> {
                for (Event e : events(t, c.action().lexeme())) {
                    out.add(ScriptWrite.known(t.object(), e, c.token().line(), c.token().column(),
                            "commit record " + c.action().lexeme()));
                }
            }
            default -> {
            }
        }
    }

    /**
     * {@code write} updates the record when it exists and inserts it otherwise. The record exists in
     * every trigger but a Before trigger of a create, so that is the only case counted as a create.
     */
    static List<Event> events(TriggerDef t, String action) {
        return switch (action) {
            case "insert" -> List.of(Event.CREATE);
            case "delete" -> List.of(Event.DELETE);
            case "update" -> List.of(Event.UPDATE);
            default -> t.timing() == Timing.BEFORE && t.listensTo(Event.CREATE)
                    ? t.listensTo(Event.UPDATE) ? List.of(Event.CREATE, Event.UPDATE) : List.of(Event.CREATE)
                    : List.of(Event.UPDATE);
        };
    }
}
