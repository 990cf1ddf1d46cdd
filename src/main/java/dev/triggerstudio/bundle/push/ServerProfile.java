package dev.triggerstudio.bundle.push;

/**
 * A saved server: where bundles go and which environment variable holds the token. The token itself
 * is never part of a profile.
 *
 * @param name the profile's name, used as {@code --server NAME}
 * @param url the server's base URL ({@code https://triggers.example.com})
 * @param path the upload path ({@link #DEFAULT_PATH} when the profile does not say)
 * @param tokenEnv the environment variable holding the bearer token, or null for none
 */
public record ServerProfile(String name, String url, String path, String tokenEnv) {
    public static final String DEFAULT_PATH = "/api/trigger-bundles";

    public ServerProfile {
        path = path == null || path.isBlank() ? DEFAULT_PATH : path;
    }
}
