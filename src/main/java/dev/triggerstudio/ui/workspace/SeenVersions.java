package dev.triggerstudio.ui.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one window last saw of each file it has open for editing: the text read when the file was
 * opened or reloaded, or written by its own save. Another window (or program) saving the same file
 * makes the disk differ from it, and a save then asks instead of overwriting. Text, not the
 * modification time: an editor rewriting the same bytes is no change, and a coarse file-system
 * clock cannot hide one.
 */
final class SeenVersions {
    /** Empty when the file did not exist. */
    private final Map<String, Optional<String>> seen = new ConcurrentHashMap<>();

    void see(String path, Optional<String> text) {
        seen.put(path, text);
    }

    void forget(String path) {
        seen.remove(path);
    }

    /** The files among {@code paths} whose disk text is no longer what was seen; files never seen are not checked. */
    List<String> changed(Collection<String> paths, Function<String, Optional<String>> disk) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Optional<String> mine = seen.get(p);
            if (mine != null && !mine.equals(disk.apply(p))) {
                out.add(p);
            }
        }
        return out;
    }
}
