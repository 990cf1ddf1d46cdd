package dev.triggerstudio.bundle;

import java.util.regex.Pattern;

/**
 * The paths a bundle may hold: exactly the files of the project format (docs/architecture.md#contracts), relative,
 * forward slashes, no {@code .} or {@code ..} segments. Anything else in a bundle is refused, so a
 * crafted bundle cannot plant files such as {@code .git/hooks/...} in the imported folder.
 */
public final class BundlePaths {
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    private static final String NAME = "[A-Za-z0-9_][A-Za-z0-9_.\\- ]*";
    private static final Pattern PROJECT_FILE = Pattern.compile(
            "project\\.json|users\\.json"
            + "|(objects|automations|config|data|batches|tests|mocks)/" + NAME + "\\.json"
            + "|triggers/" + NAME + "\\.(json|py|lua|stanza)");

    private BundlePaths() {
    }

    /** Whether a relative path (forward slashes) is a file the bundle carries. */
    public static boolean isProjectFile(String path) {
        return PROJECT_FILE.matcher(path).matches();
    }

    /** Why an entry name from a zip is unsafe to extract, or null when it is safe. */
    public static String unsafeReason(String name) {
        if (name.isEmpty()) {
            return "empty entry name";
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return "absolute path";
        }
        if (name.contains("\\")) {
            return "backslash in path";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "'..' escapes the target folder";
            }
            if (segment.equals(".") || (segment.isEmpty() && !name.endsWith("/"))) {
                return "empty or '.' path segment";
            }
        }
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                return "control character in path";
            }
        }
        return null;
    }
}
