package dev.triggerstudio.bundle;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Builds the manifest of a project's files. Deterministic: everything is sorted. */
final class ManifestBuilder {
    private ManifestBuilder() {
    }

    static Manifest build(Project project, SortedMap<String, byte[]> files) {
        List<Manifest.Entry> entries = new ArrayList<>();
        files.forEach((path, bytes) -> entries.add(new Manifest.Entry(path, bytes.length, Hashes.sha256(bytes))));
        List<Manifest.TriggerEntry> triggers = new ArrayList<>();
        for (TriggerDef t : project.triggers().values()) {
            String script = t.language() == null ? null : t.scriptPath();
            triggers.add(new Manifest.TriggerEntry(t, script, touches(project, t)));
        }
        List<Manifest.AutomationEntry> automations = new ArrayList<>();
        for (AutomationDef a : project.automations().values()) {
            automations.add(new Manifest.AutomationEntry(a, touches(a)));
        }
        return new Manifest(Manifest.FORMAT, project.name(), Manifest.GENERATOR, entries, triggers, automations,
                objectUses(triggers, automations));
    }

    /**
     * The trigger's own object, plus every project object its script names as a string literal
     * ({@code "task"}, {@code 'task'}) or as {@code records.task}: a best-effort static reading that
     * covers the APIs of all three languages; a server must not treat it as a security boundary.
     */
    static List<String> touches(Project project, TriggerDef t) {
        TreeSet<String> objects = new TreeSet<>();
        if (t.object() != null) {
            objects.add(t.object());
        }
        String script = project.script(t.id());
        for (String api : project.objects().keySet()) {
            String q = Pattern.quote(api);
            Pattern named = Pattern.compile("[\"']" + q + "[\"']|\\brecords\\." + q + "\\b");
            if (named.matcher(script).find()) {
                objects.add(api);
            }
        }
        return List.copyOf(objects);
    }

    static List<String> touches(AutomationDef a) {
        TreeSet<String> objects = new TreeSet<>();
        if (a.object() != null) {
            objects.add(a.object());
        }
        for (Action action : a.actions()) {
            if (action.type() == Action.Type.CREATE_RECORD && action.object() != null) {
                objects.add(action.object());
            }
        }
        return List.copyOf(objects);
    }

    private static Map<String, Manifest.ObjectUse> objectUses(List<Manifest.TriggerEntry> triggers,
                                                              List<Manifest.AutomationEntry> automations) {
        Map<String, TreeSet<String>> byTrigger = new TreeMap<>();
        Map<String, TreeSet<String>> byAutomation = new TreeMap<>();
        for (Manifest.TriggerEntry t : triggers) {
            if (t.definition().id() == null) {
                continue;
            }
            t.touches().forEach(o -> byTrigger.computeIfAbsent(o, k -> new TreeSet<>()).add(t.definition().id()));
        }
        for (Manifest.AutomationEntry a : automations) {
            if (a.definition().id() == null) {
                continue;
            }
            a.touches().forEach(o -> byAutomation.computeIfAbsent(o, k -> new TreeSet<>()).add(a.definition().id()));
        }
        TreeSet<String> all = new TreeSet<>(byTrigger.keySet());
        all.addAll(byAutomation.keySet());
        Map<String, Manifest.ObjectUse> uses = new TreeMap<>();
        for (String o : all) {
            uses.put(o, new Manifest.ObjectUse(List.copyOf(byTrigger.getOrDefault(o, new TreeSet<>())),
                    List.copyOf(byAutomation.getOrDefault(o, new TreeSet<>()))));
        }
        return uses;
    }
}
