package dev.triggerstudio.bundle.push;

import dev.triggerstudio.bundle.BundleException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a push goes: the endpoint URI and the environment variable with the token (null: none).
 *
 * @param label what messages call the server: the profile name or the URL
 */
public record PushTarget(URI endpoint, String tokenEnv, String label) {

    /**
     * {@code server} is a URL or the name of a saved profile; {@code path} and {@code tokenEnv}, when
     * given, override the profile's. The endpoint is the server URL with the path appended.
     */
    public static PushTarget resolve(String server, String path, String tokenEnv, ServerProfiles profiles) {
        if (server.contains("://")) {
            return of(server, path, tokenEnv, server);
        }
        ServerProfile p = profiles.get(server).orElseThrow(() -> new BundleException("no server profile named '"
                + server + "'; give a URL or add it to .studio/servers.json"
                + (profiles.names().isEmpty() ? "" : " (known: " + String.join(", ", profiles.names()) + ")")));
        return of(p.url(), path != null ? path : p.path(), tokenEnv != null ? tokenEnv : p.tokenEnv(), p.name());
    }

    static PushTarget of(String url, String path, String tokenEnv, String label) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String p = path == null || path.isBlank() ? ServerProfile.DEFAULT_PATH : path;
        String full = base + (p.startsWith("/") ? p : "/" + p);
        try {
            URI uri = new URI(full);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new BundleException("server URL " + url + " must be http(s)://host[:port]");
            }
            if (uri.getUserInfo() != null) {
                throw new BundleException("server URL " + uri.getHost() + " holds credentials; put the token in an environment variable and use --token-env");
            }
            return new PushTarget(uri, tokenEnv, label);
        } catch (URISyntaxException e) {
            throw new BundleException("server URL " + full + " is not a valid URL: " + e.getReason());
        }
    }

    /** A bearer token over plain http can be read by anyone on the way; only loopback is exempt. */
    public boolean isPlainHttpToRemoteHost() {
        String host = endpoint.getHost();
        return endpoint.getScheme().equalsIgnoreCase("http")
                && !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1"));
    }
}
