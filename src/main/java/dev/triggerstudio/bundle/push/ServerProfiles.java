package dev.triggerstudio.bundle.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.bundle.BundleException;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved servers, read from {@code servers.json} files: the project's {@code .studio/servers.json}
 * (git-ignored, so each checkout has its own) first, then the user's
 * {@code $XDG_CONFIG_HOME/trigger-studio/servers.json} (default {@code ~/.config/...}). A name found
 * in the project wins. Format: {@code {"servers": {"staging": {"url": "...", "path": "...",
 * "token_env": "STAGING_TOKEN"}}}}. A file holding a token is refused: tokens live in the environment.
 */
public final class ServerProfiles {
    private final Map<String, ServerProfile> profiles;

    private ServerProfiles(Map<String, ServerProfile> profiles) {
        this.profiles = profiles;
    }

    /** The profile files for a project folder (null: none) in the order they are consulted. */
    public static List<Path> defaultFiles(Path projectRoot) {
        List<Path> files = new ArrayList<>();
        if (projectRoot != null) {
            files.add(projectRoot.resolve(".studio").resolve("servers.json"));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        files.add(config.resolve("trigger-studio").resolve("servers.json"));
        return files;
    }

    /** Reads every file that exists; a malformed file is an error naming it. */
    public static ServerProfiles load(List<Path> files) {
        Map<String, ServerProfile> all = new LinkedHashMap<>();
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                read(file).forEach(all::putIfAbsent);
            }
        }
        return new ServerProfiles(all);
    }

    public Optional<ServerProfile> get(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }

    private static Map<String, ServerProfile> read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new BundleException(file + ": malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode servers = root == null ? null : root.get("servers");
        if (servers == null || !servers.isObject()) {
            throw new BundleException(file + ": expected {\"servers\": {\"NAME\": {\"url\": ...}}}");
        }
        Map<String, ServerProfile> profiles = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : servers.properties()) {
            profiles.put(e.getKey(), profile(file, e.getKey(), e.getValue()));
        }
        return profiles;
    }

    private static ServerProfile profile(Path file, String name, JsonNode node) {
        String where = file + ": server '" + name + "'";
        if (node.has("token") || node.has("bearer") || node.has("password")) {
            throw new BundleException(where + " holds a secret; remove it and name an environment variable with \"token_env\"");
        }
        JsonNode url = node.get("url");
        if (url == null || !url.isTextual() || url.asText().isBlank()) {
            throw new BundleException(where + " needs a \"url\"");
        }
        return new ServerProfile(name, url.asText(), text(node, "path"), text(node, "token_env"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
