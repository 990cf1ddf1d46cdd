package dev.triggerstudio.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A loaded project folder (DESIGN §2). Immutable: edits make a new project with {@code with...}.
 * Maps are sorted by key so that everything derived from a project is deterministic.
 *
 * @param scripts trigger id → script source text
 * @param configs config api_name → entry
 * @param configFiles config api_name → file path relative to the root
 * @param data object api_name → seed records
 * @param batches batch name (file name without .json) → batch
 * @param tests test name → spec
 * @param mocks {@code mocks/integrations.json}, empty when absent
 */
public record Project(Path root, ProjectSettings settings, Map<String, ObjectDef> objects,
                      Map<String, TriggerDef> triggers, Map<String, String> scripts,
                      Map<String, AutomationDef> automations, Users users, Map<String, ConfigEntry> configs,
                      Map<String, String> configFiles, Map<String, List<Map<String, Object>>> data,
                      Map<String, Batch> batches, Map<String, TestSpec> tests, Map<String, Object> mocks) {

    public Project {
        objects = sorted(objects);
        triggers = sorted(triggers);
        scripts = sorted(scripts);
        automations = sorted(automations);
        users = users == null ? Users.EMPTY : users;
        configs = sorted(configs);
        configFiles = sorted(configFiles);
        data = sorted(data);
        batches = sorted(batches);
        tests = sorted(tests);
        mocks = mocks == null ? Map.of() : mocks;
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    public String name() {
        return settings.name();
    }

    public Limits limits() {
        return settings.effectiveLimits();
    }

    public Optional<ObjectDef> object(String apiName) {
        return Optional.ofNullable(objects.get(apiName));
    }

    public Optional<User> user(String id) {
        return users.user(id);
    }

    public String script(String triggerId) {
        return scripts.getOrDefault(triggerId, "");
    }

    public Project withTrigger(TriggerDef trigger, String script) {
        Map<String, TriggerDef> t = new TreeMap<>(triggers);
        t.put(trigger.id(), trigger);
        Map<String, String> s = new TreeMap<>(scripts);
        s.put(trigger.id(), script);
        return new Project(root, settings, objects, t, s, automations, users, configs, configFiles, data, batches,
                tests, mocks);
    }

    public Project withoutTrigger(String id) {
        Map<String, TriggerDef> t = new TreeMap<>(triggers);
        t.remove(id);
        Map<String, String> s = new TreeMap<>(scripts);
        s.remove(id);
        return new Project(root, settings, objects, t, s, automations, users, configs, configFiles, data, batches,
                tests, mocks);
    }

    public Project withAutomation(AutomationDef automation) {
        Map<String, AutomationDef> a = new TreeMap<>(automations);
        a.put(automation.id(), automation);
        return new Project(root, settings, objects, triggers, scripts, a, users, configs, configFiles, data, batches,
                tests, mocks);
    }

    public Project withObject(ObjectDef object) {
        Map<String, ObjectDef> o = new TreeMap<>(objects);
        o.put(object.apiName(), object);
        return new Project(root, settings, o, triggers, scripts, automations, users, configs, configFiles, data,
                batches, tests, mocks);
    }

    public Project withSettings(ProjectSettings newSettings) {
        return new Project(root, newSettings, objects, triggers, scripts, automations, users, configs, configFiles,
                data, batches, tests, mocks);
    }

    public Project withBatch(String name, Batch batch) {
        Map<String, Batch> b = new TreeMap<>(batches);
        b.put(name, batch);
        return new Project(root, settings, objects, triggers, scripts, automations, users, configs, configFiles,
                data, b, tests, mocks);
    }
}
