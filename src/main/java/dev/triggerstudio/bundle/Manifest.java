package dev.triggerstudio.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.TriggerDef;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a bundle holds, so a server can decide about it without unpacking.
 * See docs/bundles.md for the exact format.
 *
 * @param format the bundle format version ({@link #FORMAT})
 * @param project the project's name
 * @param entries every other entry of the bundle (not the manifest, not its signature), sorted by path
 * @param triggers each trigger's definition as the project loads it, its script entry and the objects it touches
 * @param automations each automation's definition and the objects it touches
 * @param objects object api_name → the triggers and automations that touch it
 */
@JsonPropertyOrder({"format", "project", "generator", "entries", "triggers", "automations", "objects"})
public record Manifest(int format, String project, String generator, List<Entry> entries,
                       List<TriggerEntry> triggers, List<AutomationEntry> automations,
                       Map<String, ObjectUse> objects) {

    public static final int FORMAT = 1;
    public static final String GENERATOR = "trigger-studio";

    public Manifest {
        entries = entries == null ? List.of() : List.copyOf(entries);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        automations = automations == null ? List.of() : List.copyOf(automations);
        objects = objects == null ? Map.of() : Map.copyOf(objects);
    }

    @JsonPropertyOrder({"path", "size", "sha256"})
    public record Entry(String path, long size, String sha256) {
    }

    @JsonPropertyOrder({"definition", "script", "touches"})
    public record TriggerEntry(TriggerDef definition, String script, List<String> touches) {
    }

    @JsonPropertyOrder({"definition", "touches"})
    public record AutomationEntry(AutomationDef definition, List<String> touches) {
    }

    @JsonPropertyOrder({"triggers", "automations"})
    public record ObjectUse(List<String> triggers, List<String> automations) {
    }
}
