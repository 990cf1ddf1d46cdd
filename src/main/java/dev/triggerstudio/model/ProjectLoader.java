package dev.triggerstudio.model;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.triggerstudio.model.JsonFiles.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads a project folder with every problem found. Each file is read on its own, so one bad file
 * does not hide the others, then {@link ProjectValidator} checks what refers to what.
 *
 * <p>What a run needs (docs/architecture.md#contracts: project.json, users.json, objects, triggers and their scripts,
 * automations, config, data, mocks) is read at once. Batches and tests are only listed: each is
 * read when asked for ({@link Project#batch}, {@link Project#test}), so a broken or huge one that
 * is not used costs nothing and blocks nothing.
 */
public final class ProjectLoader {

    /** The project (null when project.json itself could not be read) and everything found wrong. */
    public record Result(Project project, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        /** The errors in files every run needs; a broken batch or test is left to whoever uses it. */
        public List<Diagnostic> errorsThatBlockRuns() {
            return diagnostics.stream().filter(d -> d.isError() && blocksRuns(d.path())).toList();
        }
    }

    private static final String GOLDEN_SUFFIX = ".trace";

    private final Path root;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, LocatedJson> files = new HashMap<>();
    private final Set<String> broken = new TreeSet<>();

    private ProjectLoader(Path root) {
        this.root = root;
    }

    /** Loads and validates every file, batches and tests included; never throws for bad input. */
    public static Result check(Path root) {
        Result r = new ProjectLoader(root).run();
        if (r.project() == null) {
            return r;
        }
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        Project p = r.project();
        p.batchNames().forEach(n -> all.addAll(p.batch(n).diagnostics()));
        p.testNames().forEach(n -> all.addAll(p.test(n).diagnostics()));
        return new Result(p, all);
    }

    /**
     * Loads what a run needs; throws {@link ProjectException} with every error in those files.
     * Batches and tests are not read: ask the project for the one you run.
     */
    public static Project load(Path root) {
        Result r = new ProjectLoader(root).run();
        if (r.hasErrors() || r.project() == null) {
            throw new ProjectException(r.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        return r.project();
    }

    /** Whether an error in this file (a path relative to the root) stops every run of the project. */
    public static boolean blocksRuns(String path) {
        return !path.startsWith("batches/") && !path.startsWith("tests/");
    }

    private Result run() {
        if (!Files.isDirectory(root)) {
            diagnostics.add(Diagnostic.error(root.toString(), 1, 1, "no project folder here; give the path of a folder holding project.json"));
            return new Result(null, diagnostics);
        }
        ProjectSettings settings = readOne("project.json", ProjectSettings.class,
                Shape.object("project.json is one JSON object: {\"name\": \"...\", \"format\": 1}"));
        if (settings == null) {
            return new Result(null, diagnostics);
        }
        Map<String, ObjectDef> objects = readAll("objects", ObjectDef.class, "an object definition is one JSON object");
        Map<String, TriggerDef> triggers = readAll("triggers", TriggerDef.class, "a trigger definition is one JSON object");
        Map<String, String> scripts = readScripts(triggers);
        Map<String, AutomationDef> automations = readAll("automations", AutomationDef.class, "an automation is one JSON object");
        Users users = Files.exists(root.resolve("users.json")) ? readOne("users.json", Users.class,
                Shape.object("users.json is one JSON object: {\"groups\": [...], \"users\": [...]}")) : Users.EMPTY;
        Map<String, ConfigEntry> configs = new LinkedHashMap<>();
        Map<String, String> configFiles = new LinkedHashMap<>();
        readConfigs(configs, configFiles);
        Map<String, List<Map<String, Object>>> data = readData();
        Map<String, Object> mocks = Files.exists(root.resolve("mocks/integrations.json"))
                ? readOne("mocks/integrations.json", new TypeReference<Map<String, Object>>() { },
                        Shape.object("mocks/integrations.json is one JSON object")) : Map.of();
        Project project = new Project(root, settings, objects, triggers, scripts, automations,
                users == null ? Users.EMPTY : users, configs, configFiles, data,
                listed("batches", ProjectLoader::readBatch, n -> true),
                listed("tests", ProjectLoader::readTest, n -> !n.endsWith(GOLDEN_SUFFIX)),
                mocks == null ? Map.of() : mocks, broken);
        diagnostics.addAll(new ProjectValidator(project, files).validate());
        return new Result(project, diagnostics);
    }

    private void readConfigs(Map<String, ConfigEntry> configs, Map<String, String> configFiles) {
        readAll("config", ConfigEntry.class, "a config is one JSON object: {\"api_name\": \"...\", \"values\": {...}}")
                .forEach((file, c) -> {
                    String path = "config/" + file + ".json";
                    if (c.apiName() == null || c.apiName().isBlank()) {
                        diagnostics.add(files.get(path).error("", "a config needs \"api_name\", the name"
                                + " get_config looks it up by"));
                        return;
                    }
                    configs.put(c.apiName(), c);
                    configFiles.put(c.apiName(), path);
                });
    }

    private <T> OnDemandFiles<T> listed(String folder, OnDemandFiles.Reader<T> reader, java.util.function.Predicate<String> keep) {
        try {
            return OnDemandFiles.listed(root, folder, reader, keep);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.warning(folder, 1, 1, "cannot list the folder: " + IoMessages.reason(e)));
            return OnDemandFiles.of(folder, Map.of());
        }
    }

    /** Reads {@code batches/<name>.json} and checks it against the project: users, objects, fields, refs. */
    static LoadedFile<Batch> readBatch(Project project, String path) {
        List<Diagnostic> found = new ArrayList<>();
        LocatedJson json = JsonFiles.parse(project.root(), path, BatchValidator.BATCH_SHAPE, found);
        if (json == null) {
            return LoadedFile.broken(path, found);
        }
        try {
            Batch batch = json.bind(Batch.class);
            found.addAll(new BatchValidator(project, json, "").validate(batch));
            return new LoadedFile<>(path, batch, found);
        } catch (ProjectException e) {
            return LoadedFile.broken(path, e.diagnostics());
        }
    }

    /** Reads {@code tests/<name>.json} and checks it against the project and the batch it names. */
    static LoadedFile<TestSpec> readTest(Project project, String path) {
        List<Diagnostic> found = new ArrayList<>();
        LocatedJson json = JsonFiles.parse(project.root(), path,
                Shape.object("a test is one JSON object: {\"batch\": \"batches/x.json\", \"expect\": {...}}"), found);
        if (json == null) {
            return LoadedFile.broken(path, found);
        }
        try {
            TestSpec test = json.bind(TestSpec.class);
            found.addAll(TestValidator.validate(project, json, test));
            return new LoadedFile<>(path, test, found);
        } catch (ProjectException e) {
            return LoadedFile.broken(path, e.diagnostics());
        }
    }

    private Map<String, List<Map<String, Object>>> readData() {
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        for (Path file : jsonFiles("data")) {
            List<Map<String, Object>> rows = readOne("data/" + file.getFileName(),
                    new TypeReference<List<Map<String, Object>>>() { },
                    Shape.array("seed data is a JSON list of records: [{\"id\": \"...\", ...}]"));
            if (rows != null) {
                data.put(stem(file), rows);
            }
        }
        return data;
    }

    private Map<String, String> readScripts(Map<String, TriggerDef> triggers) {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Map.Entry<String, TriggerDef> e : triggers.entrySet()) {
            TriggerDef t = e.getValue();
            if (t.language() == null || t.id() == null || !t.id().equals(e.getKey())) {
                continue; // the validator reports an id that differs from its file name; the script is named by the file
            }
            String text = JsonFiles.readText(root, t.scriptPath(), diagnostics);
            if (text != null) {
                scripts.put(t.id(), text);
            } else {
                broken.add(t.scriptPath());
            }
        }
        return scripts;
    }

    private <T> Map<String, T> readAll(String folder, Class<T> type, String what) {
        Map<String, T> result = new LinkedHashMap<>();
        for (Path file : jsonFiles(folder)) {
            T value = readOne(folder + "/" + file.getFileName(), type, Shape.object(what));
            if (value != null) {
                result.put(stem(file), value);
            }
        }
        return result;
    }

    private <T> T readOne(String relative, Class<T> type, Shape shape) {
        LocatedJson json = parse(relative, shape);
        if (json == null) {
            return null;
        }
        try {
            return json.bind(type);
        } catch (ProjectException e) {
            diagnostics.addAll(e.diagnostics());
            broken.add(relative);
            return null;
        }
    }

    private <T> T readOne(String relative, TypeReference<T> type, Shape shape) {
        LocatedJson json = parse(relative, shape);
        if (json == null) {
            return null;
        }
        try {
            return json.bind(type);
        } catch (ProjectException e) {
            diagnostics.addAll(e.diagnostics());
            broken.add(relative);
            return null;
        }
    }

    private LocatedJson parse(String relative, Shape shape) {
        LocatedJson json = JsonFiles.parse(root, relative, shape, diagnostics);
        if (json == null) {
            broken.add(relative);
        } else {
            files.put(relative, json);
        }
        return json;
    }

    private List<Path> jsonFiles(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(folder, 1, 1, "cannot list the folder: " + IoMessages.reason(e)));
            return List.of();
        }
    }

    static String stem(Path file) {
        return stem(file.getFileName().toString());
    }

    static String stem(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - ".json".length()) : fileName;
    }

    /** Parses one JSON text as a batch, with positions: used for batches given outside the project. */
    public static Batch readBatch(String displayPath, String text) {
        return LocatedJson.parse(displayPath, text).bind(Batch.class);
    }
}
