package dev.triggerstudio.engine.cascade;

import dev.triggerstudio.model.Event;

/**
 * One place where a trigger or automation writes records, found statically.
 *
 * @param source {@code trigger:<id>} or {@code automation:<id>}
 * @param object the object written
 * @param event create, update or delete
 * @param path project-relative file of the write (the script, or the automation's JSON)
 * @param line 1-based line of the call
 * @param column 1-based column of the call
 * @param call what was found, e.g. {@code context.records.create}, {@code gospel.insert}, {@code commit record write}
 */
public record Write(String source, String object, Event event, String path, int line, int column, String call) {

    /** The object-event node this write feeds: {@code invoice(update)}. */
    public String target() {
        return CascadeGraph.eventNode(object, event);
    }
}
