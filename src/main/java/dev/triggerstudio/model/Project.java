package dev.triggerstudio.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A loaded project folder (docs/architecture.md#contracts). Immutable: edits make a new project with {@code with...}.
 * Maps are sorted by key so that everything derived from a project is deterministic.
 *
 * @param scripts trigger id → script source text
 * @param configs config api_name → entry
 * @param configFiles config api_name → file path relative to the root
 * @param data object api_name → seed records
 * @param batchFiles {@code batches/}: listed, each read only when asked for ({@link #batch(String)})
 * @param testFiles {@code tests/} (golden {@code *.trace.json} aside), read the same way
 * @param mocks {@code mocks/integrations.json}, empty when absent
 * @param brokenFiles the files a run needs that could not be read (path relative to the root); the
 *     parts above hold only the files that could, so what refers to a broken file is not reported again
 */
public record Project(Path root, ProjectSettings settings, Map<String, ObjectDef> objects,
                      Map<String, TriggerDef> triggers, Map<String, String> scripts,
                      Map<String, AutomationDef> automations, Users users, Map<String, ConfigEntry> configs,
                      Map<String, String> configFiles, Map<String, List<Map<String, Object>>> data,
                      OnDemandFiles<Batch> batchFiles, OnDemandFiles<TestSpec> testFiles, Map<String, Object> mocks,
                      Set<String> brokenFiles) {

    public Project {
        objects = sorted(objects);
        triggers = sorted(triggers);
        scripts = sorted(scripts);
        automations = sorted(automations);
        users = users == null ? Users.EMPTY : users;
        configs = sorted(configs);
        configFiles = sorted(configFiles);
        data = sorted(data);
        batchFiles = batchFiles == null ? OnDemandFiles.of("batches", Map.of()) : batchFiles;
        testFiles = testFiles == null ? OnDemandFiles.of("tests", Map.of()) : testFiles;
        mocks = mocks == null ? Map.of() : mocks;
        brokenFiles = brokenFiles == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(brokenFiles));
    }

    /** A project made in code, with its batches and tests given rather than read from disk. */
    public Project(Path root, ProjectSettings settings, Map<String, ObjectDef> objects,
                   Map<String, TriggerDef> triggers, Map<String, String> scripts,
                   Map<String, AutomationDef> automations, Users users, Map<String, ConfigEntry> configs,
                   Map<String, String> configFiles, Map<String, List<Map<String, Object>>> data,
                   Map<String, Batch> batches, Map<String, TestSpec> tests, Map<String, Object> mocks) {
        this(root, settings, objects, triggers, scripts, automations, users, configs, configFiles, data,
                OnDemandFiles.of("batches", batches), OnDemandFiles.of("tests", tests), mocks, Set.of());
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

    /** Every batch name in batches/, sorted, whether its file is valid or not; nothing is read. */
    public List<String> batchNames() {
        return batchFiles.names();
    }

    /** The batch {@code batches/<name>.json}, read and checked on first use: loaded, or broken with its errors. */
    public LoadedFile<Batch> batch(String name) {
        return batchFiles.get(this, name);
    }

    /** Every valid batch by name. Reads every batch file: a run asks for its one batch with {@link #batch(String)}. */
    public Map<String, Batch> batches() {
        return valid(batchNames(), this::batch);
    }

    /** Every test name in tests/, sorted, whether its file is valid or not; nothing is read. */
    public List<String> testNames() {
        return testFiles.names();
    }

    /** The test {@code tests/<name>.json}, read and checked on first use: loaded, or broken with its errors. */
    public LoadedFile<TestSpec> test(String name) {
        return testFiles.get(this, name);
    }

    /** Every valid test by name. Reads every test file. */
    public Map<String, TestSpec> tests() {
        return valid(testNames(), this::test);
    }

    private static <T> Map<String, T> valid(List<String> names, java.util.function.Function<String, LoadedFile<T>> load) {
        Map<String, T> out = new TreeMap<>();
        for (String n : names) {
            LoadedFile<T> f = load.apply(n);
            if (!f.broken()) {
                out.put(n, f.value());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether a file the run needs ({@code objects/invoice.json}, {@code users.json}...) could not be read. */
    public boolean isBroken(String path) {
        return brokenFiles.contains(path);
    }

    /**
     * Whether {@code objects/<apiName>.json} exists but could not be read. What names such an object
     * is not reported again: the one root cause gives one message.
     */
    public boolean isBrokenObject(String apiName) {
        return apiName != null && brokenFiles.contains("objects/" + apiName + ".json");
    }

    /** Whether users.json exists but could not be read; unknown users and groups are then not reported again. */
    public boolean usersBroken() {
        return brokenFiles.contains("users.json");
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
        return new Project(root, settings, objects, t, s, automations, users, configs, configFiles, data,
                batchFiles.fresh(), testFiles.fresh(), mocks, brokenFiles);
    }

    public Project withoutTrigger(String id) {
        Map<String, TriggerDef> t = new TreeMap<>(triggers);
        t.remove(id);
        Map<String, String> s = new TreeMap<>(scripts);
        s.remove(id);
        return new Project(root, settings, objects, t, s, automations, users, configs, configFiles, data,
                batchFiles.fresh(), testFiles.fresh(), mocks, brokenFiles);
    }

    public Project withAutomation(AutomationDef automation) {
        Map<String, AutomationDef> a = new TreeMap<>(automations);
        a.put(automation.id(), automation);
        return new Project(root, settings, objects, triggers, scripts, a, users, configs, configFiles, data,
                batchFiles.fresh(), testFiles.fresh(), mocks, brokenFiles);
    }

    public Project withObject(ObjectDef object) {
        Map<String, ObjectDef> o = new TreeMap<>(objects);
        o.put(object.apiName(), object);
        return new Project(root, settings, o, triggers, scripts, automations, users, configs, configFiles, data,
                batchFiles.fresh(), testFiles.fresh(), mocks, brokenFiles);
    }

    public Project withSettings(ProjectSettings newSettings) {
        return new Project(root, newSettings, objects, triggers, scripts, automations, users, configs, configFiles,
                data, batchFiles.fresh(), testFiles.fresh(), mocks, brokenFiles);
    }

    /** The project with {@code batches/<name>} replaced by a batch made in code (an unsaved edit). */
    public Project withBatch(String name, Batch batch) {
        return new Project(root, settings, objects, triggers, scripts, automations, users, configs, configFiles,
                data, batchFiles.with(name, batch), testFiles.fresh(), mocks, brokenFiles);
    }
}
