package dev.triggerstudio.ui.workspace;

import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.TriggerDef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The exact files (docs/architecture.md#contracts) that saving a definition writes: project-relative path → text.
 * A definition file that exists keeps the user's text apart from what the edit changed
 * ({@link JsonTextEdit}); {@code onDisk} gives that text, empty for a new file.
 */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Map<String, String> trigger(TriggerDef def, String script, Function<String, Optional<String>> onDisk) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(def.definitionPath(), json(def.definitionPath(), def, TriggerDef.class, onDisk));
        files.put(def.scriptPath(), script);
        return files;
    }

    public static Map<String, String> automation(AutomationDef def, Function<String, Optional<String>> onDisk) {
        return Map.of(def.path(), json(def.path(), def, AutomationDef.class, onDisk));
    }

    public static Map<String, String> object(ObjectDef def, Function<String, Optional<String>> onDisk) {
        String path = "objects/" + def.apiName() + ".json";
        return Map.of(path, json(path, def, ObjectDef.class, onDisk));
    }

    private static String json(String path, Object def, Class<?> type, Function<String, Optional<String>> onDisk) {
        return JsonTextEdit.of(onDisk.apply(path).orElse(null), def, type);
    }
}
