package dev.triggerstudio.ui.json;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.ConfigEntry;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.LocatedJson;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.ProjectException;
import dev.triggerstudio.model.ProjectSettings;
import dev.triggerstudio.model.TestSpec;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.Users;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Validates a project JSON file against the shape its folder implies (docs/architecture.md#contracts), with the
 * same binding, and so the same messages and positions, as {@code ./studio check}.
 */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    public static List<Diagnostic> validate(String path, String text) {
        try {
            LocatedJson json = LocatedJson.parse(path, text);
            Class<?> type = typeOf(path);
            if (type != null) {
                json.bind(type);
            } else if (path.startsWith("data/")) {
                Json.MAPPER.readerFor(new TypeReference<List<Map<String, Object>>>() { }).readValue(json.root());
            }
            return List.of();
        } catch (ProjectException e) {
            return e.diagnostics();
        } catch (IOException e) {
            return List.of(Diagnostic.error(path, 1, 1, "data files hold an array of records: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The record a file binds to, or null for free-form JSON. */
    static Class<?> typeOf(String path) {
        if (path.equals("project.json")) {
            return ProjectSettings.class;
        }
        if (path.equals("users.json")) {
            return Users.class;
        }
        String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        return switch (folder) {
            case "objects" -> ObjectDef.class;
            case "triggers" -> TriggerDef.class;
            case "automations" -> AutomationDef.class;
            case "config" -> ConfigEntry.class;
            case "batches" -> Batch.class;
            case "tests" -> TestSpec.class;
            default -> null;
        };
    }
}
