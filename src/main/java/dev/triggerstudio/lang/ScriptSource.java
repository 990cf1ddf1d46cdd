package dev.triggerstudio.lang;

import dev.triggerstudio.model.TriggerDef;

/**
 * A trigger's script.
 *
 * @param path the project-relative path users see in errors ({@code triggers/totals.stanza})
 * @param text the source text
 * @param trigger the definition beside it (object, timing, events), or null for a loose script
 */
public record ScriptSource(String path, String text, TriggerDef trigger) {
}
