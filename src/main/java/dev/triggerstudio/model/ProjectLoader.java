package dev.triggerstudio.model;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a project folder with every problem found: each file is parsed on its own, so one bad
 * file does not hide the others, then {@link ProjectValidator} checks what refers to what.
 */
public final class ProjectLoader {

    /** The project (null when project.json itself could not be read) and everything found wrong. */
    public record Result(Project project, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final Path root;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, LocatedJson> files = new HashMap<>();

    private ProjectLoader(Path root) {
        this.root = root;
    }

    /** Loads and validates; never throws for bad input. */
    public static Result check(Path root) {
        return new ProjectLoader(root).run();
    }

    /** Loads and validates; throws {@link ProjectException} with every error when there is any. */
    public static Project load(Path root) {
        Result r = check(root);
        if (r.hasErrors() || r.project() == null) {
            throw new ProjectException(r.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        return r.project();
    }

    private Result run() {
        if (!Files.isDirectory(root)) {
            diagnostics.add(Diagnostic.error(root.toString(), 1, 1, "no project folder here; give the path of a folder holding project.json"));
            return new Result(null, diagnostics);
        }
        ProjectSettings settings = readOne("project.json", ProjectSettings.class);
        if (settings == null) {
            return new Result(null, diagnostics);
        }
        Map<String, ObjectDef> objects = readAll("objects", ObjectDef.class);
        Map<String, TriggerDef> triggers = readAll("triggers", TriggerDef.class);
        Map<String, String> scripts = readScripts(triggers);
        Map<String, AutomationDef> automations = readAll("automations", AutomationDef.class);
        Users users = Files.exists(root.resolve("users.json")) ? readOne("users.json", Users.class) : Users.EMPTY;
        Map<String, ConfigEntry> configFilesByName = readAll("config", ConfigEntry.class);
        Map<String, ConfigEntry> configs = new LinkedHashMap<>();
        Map<String, String> configFiles = new LinkedHashMap<>();
        configFilesByName.forEach((file, c) -> {
            if (c.apiName() == null || c.apiName().isBlank()) {
                diagnostics.add(files.get("config/" + file + ".json").error("", "a config needs \"api_name\", the name"
                        + " get_config looks it up by"));
                return;
            }
            configs.put(c.apiName(), c);
            configFiles.put(c.apiName(), "config/" + file + ".json");
        });
        Map<String, List<Map<String, Object>>> data = readData();
        Map<String, Batch> batches = readAll("batches", Batch.class);
        Map<String, TestSpec> tests = readTests();
        Map<String, Object> mocks = Files.exists(root.resolve("mocks/integrations.json"))
                ? readOne("mocks/integrations.json", new TypeReference<Map<String, Object>>() { }) : Map.of();
        Project project = new Project(root, settings, objects, triggers, scripts, automations,
                users == null ? Users.EMPTY : users, configs, configFiles, data, batches, tests, mocks);
        diagnostics.addAll(new ProjectValidator(project, files).validate());
        return new Result(project, diagnostics);
    }

    private Map<String, TestSpec> readTests() {
        Map<String, TestSpec> tests = new LinkedHashMap<>();
        for (Path file : jsonFiles("tests")) {
            String name = stem(file);
            if (name.endsWith(".trace")) {
                continue; // golden traces live beside the tests
            }
            TestSpec spec = readOne("tests/" + file.getFileName(), TestSpec.class);
            if (spec != null) {
                tests.put(name, spec);
            }
        }
        return tests;
    }

    private Map<String, List<Map<String, Object>>> readData() {
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        for (Path file : jsonFiles("data")) {
            List<Map<String, Object>> rows = readOne("data/" + file.getFileName(),
                    new TypeReference<List<Map<String, Object>>>() { });
            if (rows != null) {
                data.put(stem(file), rows);
            }
        }
        return data;
    }

    private Map<String, String> readScripts(Map<String, TriggerDef> triggers) {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (TriggerDef t : triggers.values()) {
            if (t.language() == null || t.id() == null) {
                continue;
            }
            String text = readText(t.scriptPath());
            if (text != null) {
                scripts.put(t.id(), text);
            }
        }
        return scripts;
    }

    private <T> Map<String, T> readAll(String folder, Class<T> type) {
        Map<String, T> result = new LinkedHashMap<>();
        for (Path file : jsonFiles(folder)) {
            T value = readOne(folder + "/" + file.getFileName(), type);
            if (value != null) {
                result.put(stem(file), value);
            }
        }
        return result;
    }

    private <T> T readOne(String relative, Class<T> type) {
        LocatedJson json = parse(relative);
        if (json == null) {
            return null;
        }
        try {
            return json.bind(type);
        } catch (ProjectException e) {
            diagnostics.addAll(e.diagnostics());
            return null;
        }
    }

    private <T> T readOne(String relative, TypeReference<T> type) {
        LocatedJson json = parse(relative);
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readerFor(type).readValue(json.root());
        } catch (IOException e) {
            diagnostics.add(json.error("", "wrong shape: " + e.getMessage().lines().findFirst().orElse("")));
            return null;
        }
    }

    private LocatedJson parse(String relative) {
        String text = readText(relative);
        if (text == null) {
            return null;
        }
        try {
            LocatedJson json = LocatedJson.parse(relative, text);
            files.put(relative, json);
            return json;
        } catch (ProjectException e) {
            diagnostics.addAll(e.diagnostics());
            return null;
        }
    }

    private String readText(String relative) {
        Path file = root.resolve(relative);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error(relative, 1, 1, "file is missing; create it"));
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error(relative, 1, 1, "not UTF-8 text; save the file as UTF-8"));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(relative, 1, 1, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private List<Path> jsonFiles(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(folder, 1, 1, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".json".length());
    }

    /** Parses one JSON text as a batch, with positions: used for batches given outside the project. */
    public static Batch readBatch(String displayPath, String text) {
        return LocatedJson.parse(displayPath, text).bind(Batch.class);
    }
}
