package dev.triggerstudio.bundle;

import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.TriggerDef;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The manifest's definitions must say what the files say: {@code inspect} and servers read triggers,
 * timings and permissions from the manifest, while {@code import} writes the files. Checksums alone
 * do not tie the two together, so a crafted manifest could show one permission and ship another.
 */
final class DefinitionCheck {
    private DefinitionCheck() {
    }

    static void check(Manifest manifest, Map<String, byte[]> entries, List<Bundle.Problem> problems) {
        Set<String> described = new HashSet<>();
        for (Manifest.TriggerEntry t : manifest.triggers()) {
            String path = "triggers/" + t.definition().id() + ".json";
            described.add(path);
            compare(path, t.definition(), TriggerDef.class, entries, problems);
            String script = t.definition().language() == null ? null : t.definition().scriptPath();
            if (script != null && !script.equals(t.script())) {
                problems.add(new Bundle.Problem(path, "manifest.json names its script " + t.script() + ", not " + script));
            }
        }
        for (Manifest.AutomationEntry a : manifest.automations()) {
            String path = "automations/" + a.definition().id() + ".json";
            described.add(path);
            compare(path, a.definition(), AutomationDef.class, entries, problems);
        }
        for (String name : entries.keySet()) {
            if (!described.contains(name) && isDefinition(name) && parses(name, entries.get(name))) {
                problems.add(new Bundle.Problem(name, "a definition that manifest.json does not describe"));
            }
        }
    }

    private static <T> void compare(String path, T inManifest, Class<T> type, Map<String, byte[]> entries,
                                    List<Bundle.Problem> problems) {
        byte[] file = entries.get(path);
        if (file == null) {
            problems.add(new Bundle.Problem(path, "described in manifest.json but missing from the bundle"));
            return;
        }
        try {
            if (!inManifest.equals(BundleJson.MAPPER.readValue(file, type))) {
                problems.add(new Bundle.Problem(path, "differs from its definition in manifest.json"));
            }
        } catch (IOException e) {
            problems.add(new Bundle.Problem(path, "described in manifest.json but not a valid definition"));
        }
    }

    private static boolean isDefinition(String name) {
        return name.matches("(triggers|automations)/[^/]+\\.json");
    }

    /** A file that does not even parse was exported with --allow-errors; it hides nothing. */
    private static boolean parses(String name, byte[] content) {
        try {
            Class<?> type = name.startsWith("triggers/") ? TriggerDef.class : AutomationDef.class;
            BundleJson.MAPPER.readValue(content, type);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
