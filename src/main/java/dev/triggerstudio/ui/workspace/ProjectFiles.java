package dev.triggerstudio.ui.workspace;

import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.TriggerDef;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exact files (docs/architecture.md#contracts) that saving a definition writes: project-relative path → text. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Map<String, String> trigger(TriggerDef def, String script) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(def.definitionPath(), Json.pretty(def));
        files.put(def.scriptPath(), script);
        return files;
    }

    public static Map<String, String> automation(AutomationDef def) {
        return Map.of(def.path(), Json.pretty(def));
    }

    public static Map<String, String> object(ObjectDef def) {
        return Map.of("objects/" + def.apiName() + ".json", Json.pretty(def));
    }
}
